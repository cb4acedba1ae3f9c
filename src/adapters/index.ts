/**
 * The built-in site adapters. One file per site; add yours with `maqal adapter new <domain>`
 * (see docs/adapters.md) and list it here, in alphabetical order.
 */
import type { Adapter } from '../adapt/types.js';
import akhbarelyom from './akhbarelyom.com.js';
import almasryalyoum from './almasryalyoum.com.js';
import elbalad from './elbalad.news.js';
import elwatannews from './elwatannews.com.js';
import masrawy from './masrawy.com.js';
import shorouknews from './shorouknews.com.js';
import youm7 from './youm7.com.js';

export const builtinAdapters: readonly Adapter[] = [akhbarelyom, almasryalyoum, elbalad, elwatannews, masrawy, shorouknews, youm7];
