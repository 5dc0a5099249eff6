// Loaded before the app's script (index.html): a tap on Begin before the app has run is kept, not lost. The page's
// Begin is disabled until this script listens, since a tap made before it runs would go nowhere.
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
  // Taps are kept from here on (tests and integrators can tell): only now is Begin offered, never before.
  if (!root.dataset.begin) root.dataset.begin = 'listening'
  var button = root.querySelector('[data-role="begin"]')
  if (button) button.disabled = false
})()
