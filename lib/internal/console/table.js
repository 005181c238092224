// eddy: console.table(): picks the rows and columns of the data and draws
// the box (mirrors the table() method of node's
// lib/internal/console/constructor.js and node's lib/internal/cli_table.js).
// Loaded on the first console.table() call.
'use strict';

const { getStringWidth } = require('internal/util/inspect');

const kIndexKey = '(index)';
const kIterKey = '(iteration index)';
const kKeyKey = 'Key';
const kValuesKey = 'Values';

const { isMap, isSet, isMapIterator, isSetIterator } = internalBinding('types');
// As node's internal/util/types: only typed arrays have this tag.
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const isTypedArray = (v) => typedArrayTag.call(v) !== undefined;
// previewEntries(iterator, true): [flat remaining entries, isKeyValue]
// ([k0, v0, k1, v1] for map.entries()), without advancing the iterator.
const { previewEntries } = internalBinding('util');
const hasOwn = Object.prototype.hasOwnProperty;

// Arrays, typed arrays and Buffers (a Buffer is a Uint8Array).
function isArrayLike(v) {
  return Array.isArray(v) || isTypedArray(v);
}

// --- rows and columns ------------------------------------------------------------

function renderTable(tabularData, properties, inspectCell) {
  const indexColumn = (length) => Array.from({ length }, (_, i) => inspectCell(i));

  const mapIter = isMapIterator(tabularData);
  let isKeyValue = false;
  if (mapIter) {
    [tabularData, isKeyValue] = previewEntries(tabularData, true);
  }

  if (isKeyValue || isMap(tabularData)) {
    const keys = [];
    const values = [];
    if (mapIter) {
      for (let i = 0; i < tabularData.length / 2; i++) {
        keys.push(inspectCell(tabularData[i * 2]));
        values.push(inspectCell(tabularData[i * 2 + 1]));
      }
    } else {
      for (const { 0: k, 1: v } of tabularData) {
        keys.push(inspectCell(k));
        values.push(inspectCell(v));
      }
    }
    return drawTable([kIterKey, kKeyKey, kValuesKey],
      [indexColumn(keys.length), keys, values]);
  }

  const setIter = isSetIterator(tabularData);
  if (setIter) tabularData = previewEntries(tabularData, true)[0];

  if (setIter || mapIter || isSet(tabularData)) {
    const values = [];
    for (const v of tabularData) values.push(inspectCell(v));
    return drawTable([kIterKey, kValuesKey], [indexColumn(values.length), values]);
  }

  // Plain objects and arrays: one row per own key; object rows spread into
  // one column per property, primitive rows go to a final 'Values' column.
  // Columns are collected in a null-prototype object, so integer-like
  // property names come first, as in Node.
  const columns = { __proto__: null };
  let hasPrimitives = false;
  const primitiveColumn = [];
  const rowKeys = Object.keys(tabularData);
  for (let i = 0; i < rowKeys.length; i++) {
    const item = tabularData[rowKeys[i]];
    const primitive = item === null ||
      (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveColumn[i] = inspectCell(item);
    } else {
      for (const key of properties || Object.keys(item)) {
        const column = columns[key] || (columns[key] = []);
        column[i] = (primitive && properties) || !hasOwn.call(item, key) ?
          '' : inspectCell(item[key]);
      }
    }
  }
  const head = Object.keys(columns);
  const body = Object.values(columns);
  if (hasPrimitives) {
    head.push(kValuesKey);
    body.push(primitiveColumn);
  }
  head.unshift(kIndexKey);
  body.unshift(rowKeys);
  return drawTable(head, body);
}

// --- drawing -------------------------------------------------------------------

// Left-aligned cells padded to the widest cell of their column (terminal
// columns, so wide and zero-width characters and colors count right).
function renderRow(row, widths) {
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(widths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += ' │ ';
  }
  return out + ' │';
}

// `columns` may be sparse: holes are empty cells.
function drawTable(head, columns) {
  const widths = head.map((h) => getStringWidth(h));
  let rowCount = 0;
  for (const column of columns) rowCount = Math.max(rowCount, column.length);
  const rows = [];
  for (let j = 0; j < rowCount; j++) rows.push([]);
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < rowCount; j++) {
      const cell = hasOwn.call(column, j) ? column[j] : '';
      rows[j][i] = cell;
      widths[i] = Math.max(widths[i] || 0, getStringWidth(cell));
    }
  }
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let out = `┌${divider.join('┬')}┐\n${renderRow(head, widths)}\n` +
    `├${divider.join('┼')}┤\n`;
  for (const row of rows) out += `${renderRow(row, widths)}\n`;
  return `${out}└${divider.join('┴')}┘`;
}

module.exports = { isArrayLike, renderTable };
