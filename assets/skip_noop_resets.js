/* Dash's renderer (4.x) dispatches RESET_COMPONENT_STATE from the first render of every
 * component (DashWrapper's effect on `_newRender`), to drop the layout hashes recorded under the
 * component's path. When a page mounts there are none to drop, but the reducer still returns a
 * new object, so each of these dispatches makes every mounted component run its store selector
 * again: N components cost N^2 selector runs (~50,000 for the 221 components of
 * /firm-morphology: 0.6-1.8 s of a phone's main thread at Lighthouse's 4x slowdown, in React's
 * one mounting task).
 *
 * Here a reset that would remove nothing (no recorded hash under its path) is answered without
 * reaching the store; every other action is dispatched as before. The renderer hands its store
 * to `window.store` when it creates it, before anything renders: the setter below wraps its
 * `dispatch` then. This script runs before the renderer's (assets come first). If a Dash upgrade
 * no longer assigns window.store, nothing is wrapped and the page works as before, only slower;
 * tests/test_fast_start.py checks the renderer still does both things this relies on.
 */
(function () {
    "use strict";
    var store;

    function removesNothing(state, action) {
        var path = action.payload && action.payload.itempath;
        if (!path) { return false; }
        var prefix = path.join(",");   // the renderer's stringifyPath
        return !Object.keys(state.layoutHashes || {}).some(function (key) {
            return key.indexOf(prefix) === 0;
        });
    }

    Object.defineProperty(window, "store", {
        configurable: true,
        get: function () { return store; },
        set: function (created) {
            store = created;
            var dispatch = created.dispatch;
            created.dispatch = function (action) {
                if (action && action.type === "RESET_COMPONENT_STATE" &&
                        removesNothing(created.getState(), action)) {
                    return action;
                }
                return dispatch.apply(this, arguments);
            };
        }
    });
}());
