// What the types refuse: each line below must be a type error, or tsc fails on the unused
// `@ts-expect-error` (so a type loosened by mistake fails the suite).
import { quote, purchaseTax } from '../../static/embed/loader.js';
import type { FrameMessage } from '../../static/embed/loader.js';

const el = document.createElement('su7-upgrade');
// @ts-expect-error an amount is a decimal string, never a number
void quote({ offer: 'x', old_order: { trim: 'pro', locked_on: '2025-11-20', amount_paid: 5000 }, keep_invoice_date: '2026-01-15', switch_invoice_date: '2026-04-20' });
// @ts-expect-error the price is a decimal string
void purchaseTax(229900, '2026-01-01');
// @ts-expect-error the config has no such field
el.setConfig({ trim: 'max' });
// @ts-expect-error a trim is a string
el.setConfig({ old_trim: 7 });
// @ts-expect-error quotechange's detail is a quote, whose decision number is a string or null
el.addEventListener('quotechange', (e) => e.detail.extra_cash_to_switch.toFixed(2));
// @ts-expect-error the language is zh or en
el.setConfig({ lang: 'fr' });
const m = {} as FrameMessage;
// @ts-expect-error only a resize message has a height
if (m.type === 'quote') console.log(m.height);
// @ts-expect-error a lead is a page or a phone, not both
const both: import('../../static/embed/loader.js').Lead = { label: 'x', url: 'https://a.example', phone: '4000000000' };
void both;
