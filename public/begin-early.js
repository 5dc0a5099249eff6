// Loaded before the app's script (index.html): a tap on Begin before the app has run is kept, not lost.
// The app finds it as data-begin="early" on #root and honours it (src/app/early-begin.tsx), then says it is ready,
// and this listener lets go. A classic script of the site's own, since the CSP allows no inline script.
;(function () {
  var root = document.getElementById('root')
  if (!root) return
  function onClick(event) {
    var target = event.target
    var begin = target && target.closest ? target.closest('[data-role="begin"]') : null
    if (!begin || root.dataset.app === 'ready') return
    root.dataset.begin = 'early'
    // Seen at once: the tap was taken, the app follows.
    begin.setAttribute('aria-busy', 'true')
  }
  function onReady() {
    document.removeEventListener('click', onClick, true)
    document.removeEventListener('prisonersvoice:app-ready', onReady)
  }
  document.addEventListener('click', onClick, true)
  document.addEventListener('prisonersvoice:app-ready', onReady)
  // Taps are kept from here on (tests and integrators can tell).
  if (!root.dataset.begin) root.dataset.begin = 'listening'
})()
