/* Island (components/islands.py): its child, rendered by React in place of the first-paint
 * element marked data-island="<target>", which stays the page around it.
 *
 * The child renders through a React portal into a slot (a display: contents <div>, so it lays
 * out as the element did: assets/style.css .island), which takes the element's place once the
 * child has rendered, in the same task and before the browser paints: the reader sees it change
 * in place and nothing else of the page move.
 */
(function () {
  "use strict";
  var React = window.React;

  function firstPaintElement(target) {
    var copy = document.getElementById("first-paint");
    return copy && copy.querySelector('[data-island="' + CSS.escape(String(target)) + '"]');
  }

  /* The new control standing for `old` (the first-paint one the reader had focused): the
   * same id, else the same name and value (a filter's checkbox or radio button). */
  function counterpart(old, slot) {
    if (old.id) {
      return slot.querySelector("#" + CSS.escape(old.id));
    }
    if (old.name) {
      return slot.querySelector('[name="' + CSS.escape(old.name) + '"][value="' +
                                CSS.escape(old.value) + '"]');
    }
    return null;
  }

  function Island(props) {
    // Its element found, and its slot made (not yet in the page), on the first render only:
    // a render may be retried, and nothing of it must reach the page before it commits.
    var place = React.useState(function () {
      var node = firstPaintElement(props.target);
      var slot = document.createElement("div");
      slot.className = "island";
      return node ? {slot: slot, node: node} : null;
    })[0];

    React.useLayoutEffect(function () {
      if (!place) {
        // The markup and the layout disagree (components/islands.py makes both from one tree):
        // a bug, said, not hidden by rendering the child where no reader would see it.
        console.error("Island " + props.target + ": no first-paint element to render into");
        return undefined;
      }
      // Its child has rendered into the slot: the slot takes the element's place, in this
      // task. A reader who had reached a control keeps the focus on its replacement.
      var focused = place.node.contains(document.activeElement) ? document.activeElement : null;
      place.node.replaceWith(place.slot);
      var replacement = focused && counterpart(focused, place.slot);
      if (replacement) {
        replacement.focus();
      }
      // Unmounted (the layout is fetched again): the element comes back.
      return function () {
        place.slot.replaceWith(place.node);
      };
    }, []);

    return place ? window.ReactDOM.createPortal(props.children || null, place.slot) : null;
  }

  window.components.Island = Island;
}());
