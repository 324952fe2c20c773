// Evaluates terraform/cost/model.json: derived quantities, then each line
// item at a given MAU, in GBP. Shared by render.js and the cost test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MODEL_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'model.json');

export function loadModel(file = MODEL_PATH) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const NAME = /^[a-z_][a-z0-9_]*$/;

/** Evaluates an arithmetic formula over named numbers; anything but numbers, names and + - * / ( ) is refused. */
export function evaluate(formula, scope) {
  if (!/^[\w\s.+\-*/()]+$/.test(formula)) throw new Error(`formula has forbidden characters: ${formula}`);
  for (const [name] of formula.matchAll(/[a-z_][a-z0-9_]*/gi)) {
    if (/^\d/.test(name) || /^e\d+$/.test(name)) continue;
    if (!(name in scope)) throw new Error(`unknown name ${name} in ${formula}`);
  }
  const names = Object.keys(scope).filter((n) => NAME.test(n));
  // eslint-disable-next-line no-new-func
  const value = new Function(...names, `return (${formula});`)(...names.map((n) => scope[n]));
  if (!Number.isFinite(value) || value < 0) throw new Error(`${formula} = ${value}`);
  return value;
}

/** Line items and totals in GBP at `mau` monthly active users; `priceFactor` scales every unit price. */
export function costAt(model, mau, priceFactor = 1) {
  const scope = { ...model.assumptions, mau };
  for (const [name, formula] of Object.entries(model.derived)) scope[name] = evaluate(formula, scope);
  const fx = model.currency.usd_to_gbp;
  const items = model.items.map((item) => {
    const quantity = evaluate(item.quantity, scope);
    return { ...item, quantity, gbp: quantity * item.usd_per_unit * priceFactor * fx };
  });
  const total = items.reduce((s, i) => s + i.gbp, 0);
  const egress = items.filter((i) => i.egress).reduce((s, i) => s + i.gbp, 0);
  const byService = {};
  for (const i of items) byService[i.service] = (byService[i.service] ?? 0) + i.gbp;
  return { mau, items, byService, total, egress, egressShare: egress / total, scope };
}

/** NFR-COST-01, -02 and -04 (and the team's £150 target) against the model; returns problems. */
export function checkThresholds(model, priceFactor = 1) {
  const t = model.thresholds_gbp;
  const base = costAt(model, 2000, priceFactor);
  const next = costAt(model, 3000, priceFactor);
  const problems = [];
  const money = (v) => `£${v.toFixed(2)}`;
  if (base.total >= t.total_at_2000_mau) problems.push(`total at 2,000 MAU ${money(base.total)} >= £${t.total_at_2000_mau}`);
  if (base.total >= t.team_target_at_2000_mau) problems.push(`total at 2,000 MAU ${money(base.total)} misses the £${t.team_target_at_2000_mau} target`);
  const inc = next.total - base.total;
  if (inc >= t.per_additional_1000_mau) problems.push(`increment per 1,000 MAU ${money(inc)} >= £${t.per_additional_1000_mau}`);
  for (const mau of [2000, 5000, 10000]) {
    const c = costAt(model, mau, priceFactor);
    if (c.egressShare >= t.egress_share_max) problems.push(`egress share at ${mau} MAU ${(100 * c.egressShare).toFixed(1)}% >= ${100 * t.egress_share_max}%`);
  }
  return problems;
}
