import 'ipo-lens';

const el = document.querySelector('ipo-lens');
el.addEventListener('ipo-lens-ready', () => { document.body.dataset.widget = 'ready'; }, { once: true });
