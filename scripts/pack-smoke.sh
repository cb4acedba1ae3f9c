#!/usr/bin/env bash
# Pack maqal and import the tarball from a fresh ESM project and a fresh CJS project,
# extracting the bundled shorouknews fixture in each. Run: npm run pack:smoke
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
npm run build >/dev/null
tarball="$work/$(npm pack --silent --pack-destination "$work")"
echo "packed $(basename "$tarball") ($(du -h "$tarball" | cut -f1)); contents:"
tar -tzf "$tarball" | sed 's/^/  /'
fixture="$root/fixtures/shorouknews.com/seed.html"
for kind in esm cjs; do
  mkdir -p "$work/$kind" && cd "$work/$kind"
  npm init -y >/dev/null
  [ "$kind" = esm ] && npm pkg set type=module >/dev/null
  npm install --no-audit --no-fund --silent "$tarball"
  if [ "$kind" = esm ]; then
    cat > run.js <<JS
import { readFileSync } from 'node:fs';
import { extract, toMarkdown } from 'maqal';
import { parseArabicDate } from 'maqal/dates';
const a = extract(readFileSync('$fixture'), { url: 'https://www.shorouknews.com/news/view.aspx?cdate=17112015&id=x' });
console.log('esm:', a.headline, a.published?.iso, a.body.length, 'blocks;', toMarkdown(a).length, 'chars of markdown;', parseArabicDate('17 نوفمبر 2015 6:59 م', { timeZone: 'Africa/Cairo' })?.iso);
JS
  else
    cat > run.js <<JS
const { readFileSync } = require('node:fs');
const { extract } = require('maqal');
const { parseArabicDate } = require('maqal/dates');
const a = extract(readFileSync('$fixture'), { url: 'https://www.shorouknews.com/news/view.aspx?cdate=17112015&id=x' });
console.log('cjs:', a.headline, a.published?.iso, a.body.length, 'blocks;', parseArabicDate('17 نوفمبر 2015 6:59 م', { timeZone: 'Africa/Cairo' })?.iso);
JS
  fi
  node run.js
done
