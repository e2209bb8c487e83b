// load.js: the plain-script embed's loader, for a page whose widgets show static pictures
// (`<img slot="fallback">`, or a `<picture>` choosing the phone's) until they go live.
// Loaded instead of ipo-lens.js (`<script type="module" src="…/load.js">`), it lets the pictures have the reader's
// bandwidth first: the element (16 KB gzip, which then loads the wasm as a widget nears the
// viewport) is imported once every picture is on screen, at once if there is none, after
// 3 s whatever the pictures do, and at once when the reader reaches for a widget; a press
// made before the element was there is passed on to it, so that it is answered.
const MAX_WAIT_MS = 3000;

if (typeof document === 'object') {
  let pressed = null;
  let go;
  const now = new Promise((ok) => { go = ok; });
  const reach = (e) => {
    const widget = e.target?.closest?.('ipo-lens');
    if (!widget) return;
    if (e.type === 'pointerdown') pressed = { widget, init: { bubbles: true, composed: true, clientX: e.clientX, clientY: e.clientY, pointerId: e.pointerId, pointerType: e.pointerType, isPrimary: e.isPrimary } };
    go();
  };
  for (const type of ['pointerdown', 'focusin']) document.addEventListener(type, reach, { capture: true, passive: true });
  // A tap made before this script ran (an inline picture paints before any script can
  // listen): a touch screen keeps the tapped element hovered, so the innermost hovered part
  // of an inline picture is where the reader pressed. Only a part the size of a mark counts
  // (not the picture's background), and only on a touch screen (a mouse merely resting on
  // the picture is answered when it moves).
  if (matchMedia('(hover: none)').matches) {
    for (const widget of document.querySelectorAll('ipo-lens')) {
      const picture = widget.querySelector(':scope > svg[slot="fallback"]');
      const part = picture && [...picture.querySelectorAll(':hover')].pop();
      if (!part) continue;
      const r = part.getBoundingClientRect();
      const all = picture.getBoundingClientRect();
      if (!r.width || !r.height || r.width * r.height > (all.width * all.height) / 4) continue;
      const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
      pressed = { widget, init: { bubbles: true, composed: true, ...at, pointerId: 1, pointerType: 'touch', isPrimary: true } };
      go();
      break;
    }
  }
  // an <img slot="fallback">, or the <img> of a <picture slot="fallback"> (the one it chose)
  const pictures = [...document.querySelectorAll('ipo-lens > img[slot="fallback"], ipo-lens > picture[slot="fallback"] > img')];
  const shown = Promise.all(pictures.map((img) => img.decode().catch(() => {})));
  await Promise.race([shown, now, new Promise((ok) => setTimeout(ok, MAX_WAIT_MS))]);
  // a press while the element is on its way is kept too
  await import('./ipo-lens.js');
  for (const type of ['pointerdown', 'focusin']) document.removeEventListener(type, reach, { capture: true });
  // defining the element upgraded every widget in the page: a press it missed reaches it now
  if (pressed?.widget.isConnected) pressed.widget.dispatchEvent(new PointerEvent('pointerdown', pressed.init));
}
