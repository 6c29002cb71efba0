import JSZip from 'jszip';
import { writeDocx } from '../../../../test/support/docx-fixtures';
import { AppError } from '../../../http/errors';
import { bodyHtml } from './check';
import { readDocx } from './docx';
import { checkZip, ZIP_LIMITS } from './zip-guard';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return ((error as AppError).details as { code: string }[])[0].code;
  }
  return 'none';
};

describe('reading article files', () => {
  it('given a Word file with two Heading 1 sections, when read, then each is an article with its title, body and 简短答复 paragraph', async () => {
    const file = await writeDocx([
      '前言不导入',
      { heading: 1, text: '高龄津贴 & 申领' },
      '80周岁以上老年人按月领取。',
      { heading: 2, text: '发放时间' },
      '简短答复：每月15日前发放到社保卡。',
      { heading: 1, text: '残疾证补办' },
      '到县级残联补办。',
    ]);
    const articles = await readDocx(file, 10);
    expect(articles).toEqual([
      { title: '高龄津贴 & 申领', body: '<p>80周岁以上老年人按月领取。</p><h3>发放时间</h3>', shortAnswer: '每月15日前发放到社保卡。' },
      { title: '残疾证补办', body: '<p>到县级残联补办。</p>', shortAnswer: null },
    ]);
  });

  it('given a Word file without Heading 1, then it is one article titled by its first heading, or untitled', async () => {
    expect(await readDocx(await writeDocx([{ heading: 2, text: '低保' }, '正文']), 10)).toEqual([{ title: '低保', body: '<p>正文</p>', shortAnswer: null }]);
    expect(await readDocx(await writeDocx(['只有正文']), 10)).toEqual([{ title: null, body: '<p>只有正文</p>', shortAnswer: null }]);
    await expect(readDocx(await writeDocx([{ heading: 1, text: '一' }, { heading: 1, text: '二' }]), 1)).rejects.toMatchObject({ status: 400 });
  });

  it('given files that are not zips, or zips that unpack to too much, then they are refused before any library unpacks them', async () => {
    expect(codeOf(() => checkZip(Buffer.from('<html><script>alert(1)</script></html>'), 'xlsx'))).toBe('not_xlsx');
    expect(codeOf(() => checkZip(Buffer.from('PK\u0005\u0006 broken'), 'docx'))).toBe('not_docx');
    const bomb = new JSZip();
    bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(ZIP_LIMITS.unpackedBytes + 1024, 0x20));
    const packed = await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(packed.length).toBeLessThan(200_000);
    expect(codeOf(() => checkZip(packed, 'xlsx'))).toBe('zip_too_large');
    // A size header that lies does not help: the parts are really inflated, with a ceiling.
    const central = packed.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    packed.writeUInt32LE(10, central + 24);
    expect(codeOf(() => checkZip(packed, 'xlsx'))).toBe('zip_too_large');
    const fine = await writeDocx(['正常']);
    expect(codeOf(() => checkZip(fine, 'docx'))).toBe('none');
  });

  it('given a plain-text body, then its blank lines make paragraphs and its markup characters stay text', () => {
    expect(bodyHtml('第一段\n续行\n\n第二段 a<b')).toBe('<p>第一段<br>续行</p><p>第二段 a&lt;b</p>');
    expect(bodyHtml('<p>已是 HTML</p>')).toBe('<p>已是 HTML</p>');
  });
});
