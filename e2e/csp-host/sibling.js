// Another frame of the parent's origin sends setConfig to the widget: origin right, source wrong.
const target = parent.document.getElementById('frame').contentWindow;
target.postMessage({ source: 'su7-upgrade-host', v: 1, type: 'setConfig', config: { old_trim: 'max' } }, parent.widgetOrigin);
parent.siblingPosted = true;
