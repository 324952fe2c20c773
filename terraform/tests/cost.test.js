// The cost model behind docs/cost.md: recomputed here and held to
// NFR-COST-01 (< £400 at 2,000 MAU), NFR-COST-02 (< £125 per further 1,000
// MAU), NFR-COST-04 (egress < 30 %) and the team's £150 target.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkThresholds, costAt, evaluate, loadModel } from '../cost/cost.js';
import { DOC_PATH, docBlock, renderTables } from '../cost/render.js';
import { FIXTURES_DIR } from './lib/terraform.js';

const model = loadModel();

test('the model meets the cost NFRs and the £150 target', () => {
  assert.deepEqual(checkThresholds(model), []);
  const base = costAt(model, 2000);
  assert.ok(base.total > 20, `implausibly cheap: £${base.total}`);
  assert.equal(Object.entries(base.byService).sort((a, b) => b[1] - a[1])[0][0], 'OpenSearch', 'OpenSearch is the biggest line');
});

test('the NFRs still hold with every price 25% higher (exchange rate or price drift)', () => {
  const problems = checkThresholds(model, 1.25).filter((p) => !p.includes('target'));
  assert.deepEqual(problems, []);
});

test('docs/cost.md shows exactly the figures the model computes', () => {
  const block = docBlock(fs.readFileSync(DOC_PATH, 'utf8'));
  assert.ok(block, 'docs/cost.md lacks the cost-table markers');
  assert.equal(block, renderTables(model), 'regenerate with: node terraform/cost/render.js --write');
});

test('every item has a unit price, a unit and a quantity formula over known names', () => {
  for (const item of model.items) {
    assert.ok(item.usd_per_unit > 0 && item.unit && item.service, JSON.stringify(item));
  }
  assert.ok(model.items.some((i) => i.egress), 'egress is modelled');
  assert.throws(() => evaluate('mau * unknown_name', { mau: 1 }), /unknown name/);
  assert.throws(() => evaluate('process.exit(1)', { mau: 1 }), /unknown name|forbidden/);
});

test('an over-budget model fails the checks', () => {
  const bad = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'cost', 'over-budget.json'), 'utf8'));
  const problems = checkThresholds(bad);
  assert.ok(problems.some((p) => /misses the £150 target/.test(p)), problems.join('\n'));
  assert.ok(problems.some((p) => /egress share/.test(p)), problems.join('\n'));
});
