// Canonical formatting: every .tf and .tfvars file under terraform/ (tests/
// excluded) must be unchanged by hclfmt, which applies hclwrite.Format, the
// formatter behind `terraform fmt`: two-space indentation, `=` aligned across
// consecutive single-line attributes, spacing around operators and braces,
// blank-line normalisation. (terraform fmt additionally rewrites a few legacy
// idioms such as quoted type names; none are used here.)
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, TERRAFORM_DIR, TESTS_DIR, terraformDirs } from './lib/terraform.js';

function hclfmt() {
  if (process.env.HCLFMT) return process.env.HCLFMT;
  return execFileSync(path.join(TESTS_DIR, 'tools', 'build-hclfmt.sh'), { encoding: 'utf8' }).trim();
}

function unformatted(binary, file) {
  const run = spawnSync(binary, ['-require-no-change', file], { encoding: 'utf8' });
  if (run.status === 0) return null;
  return run.stdout || run.stderr;
}

const files = terraformDirs().flatMap((dir) => fs.readdirSync(dir)
  .filter((f) => f.endsWith('.tf') || f.endsWith('.tfvars'))
  .map((f) => path.join(dir, f)));

test('every .tf and .tfvars file is canonically formatted', () => {
  const binary = hclfmt();
  assert.ok(files.length > 40, `only ${files.length} files found`);
  const bad = files.filter((f) => unformatted(binary, f) !== null).map((f) => path.relative(TERRAFORM_DIR, f));
  assert.deepEqual(bad, [], `run: ${binary} -w <file> on the files listed`);
});

test('the format check rejects misaligned attributes', () => {
  const expected = unformatted(hclfmt(), path.join(FIXTURES_DIR, 'format', 'misaligned.tf'));
  assert.ok(expected, 'the misaligned fixture was accepted');
  assert.match(expected, /name {14}= "q"/);
});

// The house rule for source files (a file over ~400 lines is split by responsibility), for the JavaScript here.
test('every script of the Terraform tests and the cost model stays under 400 lines', () => {
  const scripts = [TESTS_DIR, path.join(TESTS_DIR, 'lib'), path.join(TERRAFORM_DIR, 'cost')]
    .flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => path.join(dir, f)));
  assert.ok(scripts.length > 10, `only ${scripts.length} scripts found`);
  const long = scripts.map((f) => [path.relative(TERRAFORM_DIR, f), fs.readFileSync(f, 'utf8').split('\n').length - 1])
    .filter(([, lines]) => lines > 400);
  assert.deepEqual(long, [], 'split these by responsibility');
});
