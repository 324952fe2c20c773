// The exported pages start the app's JavaScript only after the browser has painted the page once.
//
// Why: the search and profile pages paint their content from the HTML alone (the server writes a first view into
// them, docs/web.md). Next.js starts its scripts with <script async> tags, which the browser may run before its first
// frame when they arrive quickly (a loaded CPU delays that frame): hydration then holds the first paint back, and
// Lighthouse's simulated LCP counts the ≈145 KB of framework JavaScript as if the content needed it (1.5–1.7 s
// instead of ≈0.7 s, run to run). Here every <script src async> of the build (and Next's preload of one of them) is
// replaced by one inline loader that adds the scripts, in their order, once the browser reports the first contentful
// paint (LOADER below). A page in a background tab starts them at once. Not preloaded on purpose: measured here,
// Lighthouse still counts scripts whose download ended before the paint even when they run after it (LCP ≈ 1.9 s
// instead of ≈ 0.8 s whenever the preloads won the race). The price: on a slow link the scripts' download no longer
// overlaps the page's, so the page becomes interactive later (it is readable from the HTML meanwhile).
// Run by `npm run build` before precompress.mjs.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ASYNC_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>/g;
const PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="(\/_next\/static\/[^"<>]+\.js)"\/>/g;
const MARK = 'data-paint-first';

// The loader, plain ES5 with no '</' in it (so it cannot end its script element). It runs at the end of the body, so
// the whole first view is in the document. It waits for the first contentful paint as the browser reports it (the
// paint timing entry, at the time the frame was shown), then for two more animation frames and a task: the frame
// after this point paints everything parsed (the largest element may come later than the first contentful one), and
// the next frame begins once that one is out. Without paint timing it waits for the frames only; after 3 s, or in a
// background tab, it starts at once.
const LOADER = `function(s){var done=false;function go(){if(done)return;done=true;for(var i=0;i<s.length;i++){`
  + `var e=document.createElement('script');e.src=s[i];e.async=false;document.head.appendChild(e)}}`
  + `function soon(){if(window.requestAnimationFrame){requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(go,0)})})}else{setTimeout(go,0)}}`
  + `if(document.visibilityState==='hidden'){go();return}`
  + `setTimeout(go,3000);document.addEventListener('visibilitychange',go);`
  + `var P=window.PerformanceObserver;`
  + `if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')!==-1){`
  + `if(performance.getEntriesByName('first-contentful-paint').length){soon();return}`
  + `new P(function(list,o){if(list.getEntriesByName('first-contentful-paint').length){o.disconnect();soon()}})`
  + `.observe({type:'paint',buffered:true});return}`
  + `soon()}`;

/** The page with its async scripts started after the first paint; pages without them (or done already) unchanged. */
export function paintFirst(html) {
  if (html.includes(MARK)) return html;
  const sources = [...html.matchAll(ASYNC_SCRIPT)].map((m) => m[1]);
  if (sources.length === 0) return html;
  const headEnd = html.indexOf('</head>');
  const bodyEnd = html.lastIndexOf('</body>');
  if (headEnd < 0 || bodyEnd < headEnd) return html;
  // our own build's paths (checked by the patterns above): no quote, '<' or '>' can be in them
  const loader = `<script ${MARK}="">(${LOADER})(${JSON.stringify(sources)})</script>`;
  const withoutScripts = html.replace(ASYNC_SCRIPT, '').replace(PRELOAD, '');
  const body = withoutScripts.lastIndexOf('</body>');
  return withoutScripts.slice(0, body) + loader + withoutScripts.slice(body);
}

function walk(dir, visit) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, visit);
    else if (name.endsWith('.html')) visit(path);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('../out/', import.meta.url).pathname;
  let pages = 0;
  walk(root, (path) => {
    const html = readFileSync(path, 'utf8');
    const done = paintFirst(html);
    if (done !== html) { writeFileSync(path, done); pages += 1; }
  });
  console.log(`paint-first: ${pages} pages start their scripts after the first paint`);
}
