// Lints .gitlab-ci.yml with gitlab-ci-local 4.73.0 (--list/--list-json in a
// throw-away git repository, so nothing is written into the checkout) and
// checks the pipeline's shape: stage order, the DAG to production, manual
// prod, caches, path rules on merge requests, documented job times.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const PIPELINE = path.join(REPO, '.gitlab-ci.yml');
const GCL = path.join(HERE, 'node_modules', '.bin', 'gitlab-ci-local');
const EXPECTED_STAGES = ['lint', 'test', 'build', 'plan', 'deploy-dev', 'smoke', 'deploy-prod'];

const git = (cwd, ...args) => execFileSync('git', ['-c', 'user.email=ci@tad.invalid', '-c', 'user.name=ci', ...args], { cwd, stdio: 'pipe' });

/** A temporary repo whose origin/main holds `yml`; optionally a feature branch changing `changedFiles`. */
function scratchRepo(yml, changedFiles = []) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tad-gcl-'));
  const origin = path.join(root, 'origin.git');
  const work = path.join(root, 'work');
  fs.mkdirSync(work);
  git(root, 'init', '-q', '--bare', '-b', 'main', origin);
  git(work, 'init', '-q', '-b', 'main');
  fs.writeFileSync(path.join(work, '.gitlab-ci.yml'), yml);
  git(work, 'add', '.');
  git(work, 'commit', '-qm', 'pipeline');
  git(work, 'remote', 'add', 'origin', origin);
  git(work, 'push', '-q', 'origin', 'main');
  git(work, 'remote', 'set-head', 'origin', 'main');
  if (changedFiles.length) {
    git(work, 'checkout', '-q', '-b', 'feature');
    for (const f of changedFiles) {
      fs.mkdirSync(path.dirname(path.join(work, f)), { recursive: true });
      fs.writeFileSync(path.join(work, f), 'changed\n');
    }
    git(work, 'add', '.');
    git(work, 'commit', '-qm', 'change');
  }
  return { work, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

function gcl(yml, args, changedFiles = []) {
  const repo = scratchRepo(yml, changedFiles);
  try {
    const run = spawnSync(GCL, args, {
      cwd: repo.work,
      encoding: 'utf8',
      env: { ...process.env, GCL_IGNORE_PREDEFINED_VARS: 'CI_PIPELINE_SOURCE', FORCE_COLOR: '0' },
      timeout: 120000,
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    repo.cleanup();
  }
}

function listJobs(yml, extra = [], changedFiles = []) {
  const run = gcl(yml, ['--list-json', ...extra], changedFiles);
  assert.equal(run.status, 0, `gitlab-ci-local --list-json failed:\n${run.stderr}\n${run.stdout}`);
  return JSON.parse(run.stdout.slice(run.stdout.indexOf('[')));
}

function activeJobNames(yml, extra = [], changedFiles = []) {
  const run = gcl(yml, ['--list', ...extra], changedFiles);
  assert.equal(run.status, 0, `gitlab-ci-local --list failed:\n${run.stderr}\n${run.stdout}`);
  const lines = run.stdout.split('\n');
  const header = lines.findIndex((l) => /^name\s+description\s+stage/.test(l));
  assert.ok(header >= 0, `no job table in:\n${run.stdout}`);
  return lines.slice(header + 1).map((l) => l.trim().split(/\s+/)[0]).filter(Boolean);
}

/** Shape problems of a pipeline (parsed YAML + gitlab-ci-local's job list). */
export function pipelineProblems(doc, jobs) {
  const problems = [];
  if (JSON.stringify(doc.stages) !== JSON.stringify(EXPECTED_STAGES)) problems.push(`stages are ${JSON.stringify(doc.stages)}`);
  const byName = Object.fromEntries(jobs.map((j) => [j.name, j]));
  const needs = (name) => (byName[name]?.needs ?? []).map((n) => (typeof n === 'string' ? n : n.job));
  for (const stage of EXPECTED_STAGES) if (!jobs.some((j) => j.stage === stage)) problems.push(`no job in stage ${stage}`);
  const prod = byName['deploy-prod'];
  if (!prod) problems.push('no deploy-prod job');
  else if (prod.when !== 'manual') problems.push(`deploy-prod is ${prod.when}, not manual`);
  const chain = [['deploy-prod', 'smoke-dev'], ['smoke-dev', 'deploy-dev'], ['deploy-dev', 'plan-dev'], ['plan-dev', 'test']];
  for (const [job, need] of chain) if (!needs(job).includes(need)) problems.push(`${job} does not need ${need}`);
  for (const job of jobs) {
    for (const need of needs(job.name)) if (!byName[need]) problems.push(`${job.name} needs unknown job ${need}`);
  }
  if (!/bash \.ci\/run/.test(JSON.stringify(doc.test?.script ?? []))) problems.push('test does not run bash .ci/run');
  const text = JSON.stringify(doc);
  if (!text.includes('.m2/repository')) problems.push('no .m2 cache');
  if (!text.includes('node_modules')) problems.push('no node_modules cache');
  return problems;
}

const yml = fs.readFileSync(PIPELINE, 'utf8');
const GITLAB_SCHEMA = yaml.DEFAULT_SCHEMA.extend([
  new yaml.Type('!reference', { kind: 'sequence', construct: (path) => ({ reference: path }) }),
]);
const load = (text) => yaml.load(text, { schema: GITLAB_SCHEMA });

test('gitlab-ci-local 4.73.0 lists the pipeline on main', () => {
  const version = execFileSync(GCL, ['--version'], { encoding: 'utf8' }).trim();
  assert.equal(version, '4.73.0');
  const names = activeJobNames(yml);
  for (const job of ['terraform-validate', 'test', 'build-images', 'plan-dev', 'deploy-dev', 'smoke-dev', 'deploy-prod']) {
    assert.ok(names.includes(job), `${job} missing from ${names}`);
  }
});

test('stages, DAG, manual prod deploy, caches', () => {
  assert.deepEqual(pipelineProblems(load(yml), listJobs(yml)), []);
});

test('every job has a documented expected time in the header', () => {
  const header = yml.split('\nstages:')[0];
  for (const name of activeJobNames(yml)) {
    assert.match(header, new RegExp(`#\\s+${name}\\s+\\d+(\\.\\d+)? min`), `${name} has no time`);
  }
  const critical = header.match(/about (\d+(?:\.\d+)?) min/);
  assert.ok(critical && Number(critical[1]) < 15, 'the documented critical path must stay under 15 minutes');
});

test('a merge request that only changes web/ runs the tests, the web build and the API image that carries it', () => {
  const names = activeJobNames(yml, ['--variable', 'CI_PIPELINE_SOURCE=merge_request_event'], ['web/src/page.tsx']);
  assert.deepEqual(names.sort(), ['build-images', 'build-web', 'test']);
});

/** Needs of the jobs a merge request changing `changedFiles` runs that name a job it does not run (GitLab refuses
 * such a pipeline; gitlab-ci-local 4.73 does not check it). */
function unmetNeeds(pipeline, changedFiles) {
  const jobs = listJobs(pipeline, ['--variable', 'CI_PIPELINE_SOURCE=merge_request_event'], changedFiles);
  const running = new Set(jobs.filter((j) => j.when !== 'never').map((j) => j.name));
  return jobs.filter((j) => running.has(j.name)).flatMap((j) => (j.needs ?? [])
    .filter((n) => !n.optional && !running.has(n.job)).map((n) => `${changedFiles}: ${j.name} needs ${n.job}, which does not run`));
}

// one change per distinct rule set (core/, cli/ and plugins/ trigger what serve/ does)
const CHANGE_SETS = [['serve/src/Main.java'], ['web/src/page.tsx'], ['pom.xml'], ['terraform/envs/dev/main.tf'],
  ['docs/web.md']];

test('the API image is built from build-web\'s export, in every pipeline that builds it', () => {
  const doc = load(yml);
  assert.deepEqual(doc['build-images'].needs, [{ job: 'build-web', artifacts: true }]);
  assert.deepEqual(doc['build-web'].artifacts.paths, ['web/out/'], 'the export the serve pom takes (tad.web.out)');
  for (const changed of CHANGE_SETS) assert.deepEqual(unmetNeeds(yml, changed), []);
});

test('negative: a web build that runs only on web changes leaves the image job without its export', () => {
  const broken = yml.replace(/(build-web:[\s\S]*?rules:\n)    - !reference \[\.image-inputs, rules\]/,
    '$1    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n      changes:\n        - web/**/*');
  assert.notEqual(broken, yml);
  assert.deepEqual(unmetNeeds(broken, ['serve/src/Main.java']),
    ['serve/src/Main.java: build-images needs build-web, which does not run']);
});

test('a merge request that changes terraform/ is validated and planned for dev, never deployed', () => {
  const names = activeJobNames(yml, ['--variable', 'CI_PIPELINE_SOURCE=merge_request_event'], ['terraform/envs/dev/main.tf']);
  assert.ok(names.includes('terraform-validate') && names.includes('plan-dev'), names.join(','));
  assert.ok(!names.some((n) => n.startsWith('deploy') || n === 'smoke-dev'), names.join(','));
});

test('negative: a need on an unknown job fails gitlab-ci-local', () => {
  const broken = yml.replace('needs: [deploy-dev]', 'needs: [deploy-nowhere]');
  assert.notEqual(broken, yml);
  assert.notEqual(gcl(broken, ['--list']).status, 0);
});

test('negative: an automatic prod deploy and a reordered stage list are reported', () => {
  const doc = load(yml);
  doc.stages = ['lint', 'build', 'test', 'plan', 'deploy-dev', 'smoke', 'deploy-prod'];
  const jobs = listJobs(yml).map((j) => (j.name === 'deploy-prod' ? { ...j, when: 'on_success' } : j));
  const problems = pipelineProblems(doc, jobs);
  assert.ok(problems.some((p) => p.startsWith('stages are')), problems.join('\n'));
  assert.ok(problems.includes('deploy-prod is on_success, not manual'), problems.join('\n'));
});
