import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from './csv-formula.js';
import { csvColumns, csvText, EXCEL_EU_CSV, GENERIC_CSV, writeCsv } from './csv-writer.js';

const COLUMNS = csvColumns({ name: 'text', qty: 'integer', amount: 'cents', rate: 'decimal', day: 'date' });
const day = new Date('2026-03-31T23:30:00Z');

describe('CSV writer', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['+352 621 000 000', "'+352 621 000 000"],
    ['-2+3', "'-2+3"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ["'=already", "''=already"],
    ['Caf= @home', 'Caf= @home'],
    ["it's fine", "it's fine"],
    ['', ''],
  ])('neutralises a text cell %j as %j, and restores it', (raw, written) => {
    expect(neutraliseCell(raw)).toBe(written);
    expect(restoreCell(written)).toBe(raw);
  });

  it('leaves cells that were never neutralised as they are when reading back', () => {
    for (const s of ["'quoted'", "'", 'plain', '12.50']) expect(restoreCell(s)).toBe(s);
  });

  it('writes hostile text neutralised, numbers and dates as they are (a negative amount stays a number)', () => {
    const csv = csvText(COLUMNS, [
      ['=HYPERLINK("http://evil.example","x")', -3, -1250, -5.5, day],
      ['@SUM(1+1)', 0, 5, 17, null],
      [null, null, null, null, null],
    ]);
    expect(csv).toBe(
      'name,qty,amount,rate,day\r\n' +
        `"'=HYPERLINK(""http://evil.example"",""x"")",-3,-12.50,-5.5,2026-03-31\r\n` +
        `'@SUM(1+1),0,0.05,17,\r\n` +
        ',,,,\r\n',
    );
    expect((parse(csv, { columns: true }) as Record<string, string>[])[0]!.name).toBe(
      `'=HYPERLINK("http://evil.example","x")`,
    );
  });

  it('writes the Excel dialect: UTF-8 BOM, semicolons, decimal comma', () => {
    const csv = csvText(COLUMNS, [['Crème; brûlée', 2, -123456, 5.5, day]], EXCEL_EU_CSV);
    expect(csv).toBe('\uFEFFname;qty;amount;rate;day\r\n"Crème; brûlée";2;-1234,56;5,5;2026-03-31\r\n');
  });

  it('quotes a cell holding a lone line break, so readers splitting on either break keep the record whole', () => {
    const csv = csvText(COLUMNS, [['first line\nsecond\rthird', 1, 0, 0, null]]);
    expect(csv).toBe('name,qty,amount,rate,day\r\n"first line\nsecond\rthird",1,0.00,0,\r\n');
  });

  it('writes the header of an empty table', () => {
    expect(csvText(COLUMNS, [], GENERIC_CSV)).toBe('name,qty,amount,rate,day\r\n');
  });

  it('refuses a value its column cannot hold instead of writing it as text', () => {
    expect(() => csvText(COLUMNS, [['x', 1.5, 0, 0, null]])).toThrow(/qty \(integer\)/);
    expect(() => csvText(COLUMNS, [['x', 1, '12.50', 0, null]])).toThrow(/amount \(cents\)/);
    expect(() => csvText(COLUMNS, [[12, 1, 0, 0, null]])).toThrow(/name \(text\)/);
    expect(() => csvText(COLUMNS, [['x', 1, 0, Number.NaN, null]])).toThrow(/rate \(decimal\)/);
    expect(() => csvText(COLUMNS, [['x', 1, 0]])).toThrow(/3 values for 5 columns/);
  });

  it('streams records from an async source into a writable', async () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        out += chunk;
        done();
      },
    });
    async function* rows() {
      for (let i = 0; i < 3; i++) yield [`-row ${i}`, i, i * -100, i / 2, null];
    }
    await writeCsv(sink, COLUMNS, rows(), EXCEL_EU_CSV);
    expect(out).toBe(
      "\uFEFFname;qty;amount;rate;day\r\n'-row 0;0;0,00;0;\r\n'-row 1;1;-1,00;0,5;\r\n'-row 2;2;-2,00;1;\r\n",
    );
  });
});

describe('CSV writer: E.164 phones', () => {
  const cols = csvColumns({ phone: 'e164' });
  it('writes an E.164 number as is (mailing tools need the +) and refuses anything else', () => {
    expect(csvText(cols, [['+352621123456']])).toBe('phone\r\n+352621123456\r\n');
    expect(() => csvText(cols, [['+352 621 123 456']])).toThrow(TypeError);
    expect(() => csvText(cols, [['=1+2']])).toThrow(TypeError);
  });
});
