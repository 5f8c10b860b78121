// ?src=<app URL>&w=<px>: the app in a frame that width wide. Desktop WebKit and Firefox windows
// stop at 447 and 500 px; a frame's content lays out at the frame's width, as on a phone.
const params = new URLSearchParams(location.search);
const frame = document.getElementById('phone');
frame.style.width = `${Number(params.get('w') || 360)}px`;
frame.src = params.get('src');
