/* Island (components/islands.py): its child, rendered by React in place of the first-paint
 * element marked data-island="<target>", which stays the page around it.
 *
 * The child goes into a slot inserted just before that element (a display: contents <div>, so
 * it lays out as the element did: assets/style.css .island), through a React portal; the
 * first-paint element is removed once the child has rendered, in the same task and before the
 * browser paints, so the reader sees it change in place and nothing else of the page move.
 * Without that element (no first-paint copy) the child renders where the Island is.
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
    // Found and its slot made once, on the first render: later renders reuse them.
    var place = React.useState(function () {
      var node = firstPaintElement(props.target);
      if (!node) {
        return null;
      }
      var slot = document.createElement("div");
      slot.className = "island";
      node.parentNode.insertBefore(slot, node);
      return {slot: slot, node: node};
    })[0];

    React.useLayoutEffect(function () {
      if (place) {
        // A reader who had reached a control keeps the focus on its replacement.
        var focused = place.node.contains(document.activeElement) ? document.activeElement : null;
        place.node.remove();
        var replacement = focused && counterpart(focused, place.slot);
        if (replacement) {
          replacement.focus();
        }
      }
      // Unmounted (the router renders another page, which replaces the first-paint copy when
      // it is ready): the first-paint element comes back meanwhile, so nothing moves.
      return function () {
        if (place) {
          place.slot.replaceWith(place.node);
        }
      };
    }, []);

    if (!place) {
      return props.children || null;
    }
    return window.ReactDOM.createPortal(props.children || null, place.slot);
  }

  window.components.Island = Island;
}());
