/**
 * Seeds a city's registry for the lookup bench with bulk INSERTs (not the API): an area tree, elders
 * with valid ID cards, two relatives each (some relatives are contacts of several elders), a
 * terminal each, and the phone links the lookup reads.
 */
import { initialsOf } from '@careflow/engine/dist/modules/elders/check';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { BatchInserter } from './seed-cases';
import { orderedId, prng, Row } from './seed-rows';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '秀英兰芳桂华玉珍凤梅淑荣国建明伟强军平德福寿文志红金云海春生永祥宝民成贵有山';
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export const ELDER_COLUMNS = ['id', 'name', 'name_initials', 'gender', 'birth_date', 'id_card', 'phones', 'address', 'area_code', 'area_path', 'living_situation', 'health', 'doctor', 'community_worker', 'subsidy_category', 'interests', 'notes', 'service_notes', 'status', 'version', 'created_at', 'updated_at'];
const RELATIVE_COLUMNS = ['id', 'elder_id', 'call_order', 'name', 'relation', 'phones', 'lives_nearby'];
const TERMINAL_COLUMNS = ['id', 'elder_id', 'type', 'number', 'device_id', 'buttons'];
const LINK_COLUMNS = ['phone', 'elder_id', 'source', 'via'];
const AREA_COLUMNS = ['code', 'name', 'level', 'parent_code', 'path', 'sort', 'updated_at'];

export const elderPhone = (i: number) => `138${String(i).padStart(8, '0')}`;
/** Every tenth elder's second relative is a contact shared with the next elder (a neighbour). */
export const relativePhone = (i: number, n: number) => (n === 2 && i % 10 === 1 ? `137${String(i - 1).padStart(8, '0')}` : `13${n + 5}${String(i).padStart(8, '0')}`);

function idCard(rand: () => number, i: number): { number: string; birthDate: string; gender: string } {
  const year = 1930 + Math.floor(rand() * 30);
  const birthDate = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  // The sequence digits make each number unique; the 17th digit carries the gender.
  const body = `37${String(Math.floor(i / 1000) % 10000).padStart(4, '0')}${birthDate.replace(/-/g, '')}${String(i % 1000).padStart(3, '0')}`;
  const sum = W.reduce((t, w, k) => t + w * Number(body[k]), 0);
  return { number: body + CHECK[sum % 11], birthDate, gender: Number(body[16]) % 2 === 1 ? 'male' : 'female' };
}

export async function seedElders(dataSource: DataSource, count: number): Promise<{ seconds: number; communities: string[] }> {
  const began = performance.now();
  const rand = prng(20261122);
  const now = new Date();
  const areas: Row[] = [['37', '市', 'city', null, '/37/', 0, now]];
  const communities: { code: string; path: string }[] = [];
  for (let d = 1; d <= 10; d++) {
    const district = `37${String(d).padStart(2, '0')}`;
    areas.push([district, `区${d}`, 'district', '37', `/37/${district}/`, d, now]);
    for (let s = 1; s <= 10; s++) {
      const street = `${district}${String(s).padStart(3, '0')}`;
      areas.push([street, `街道${d}-${s}`, 'street', district, `/37/${district}/${street}/`, s, now]);
      for (let c = 1; c <= 10; c++) {
        const code = `${street}${String(c).padStart(3, '0')}`;
        const path = `/37/${district}/${street}/${code}/`;
        areas.push([code, `社区${d}-${s}-${c}`, 'community', street, path, c, now]);
        communities.push({ code, path });
      }
    }
  }
  const insert = async (table: string, columns: string[]) => BatchInserter.open(dataSource, table, columns);
  const areaRows = await insert('areas', AREA_COLUMNS);
  for (const row of areas) await areaRows.add(row);
  await areaRows.finish();

  const [elders, relatives, terminals, links] = await Promise.all([insert('elders', ELDER_COLUMNS), insert('elder_relatives', RELATIVE_COLUMNS), insert('elder_terminals', TERMINAL_COLUMNS), insert('elder_phone_links', LINK_COLUMNS)]);
  const health = JSON.stringify({ conditions: ['高血压'], history: '', allergies: '', medications: '', disabilityLevel: 'none', selfCare: 'independent' });
  for (let i = 0; i < count; i++) {
    const id = orderedId(5, i);
    const name = SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(rand() * GIVEN.length)] + GIVEN[Math.floor(rand() * GIVEN.length)];
    const card = idCard(rand, i);
    const area = communities[i % communities.length];
    const phone = elderPhone(i);
    await elders.add([id, name, initialsOf(name), card.gender, card.birthDate, card.number, JSON.stringify([{ number: phone, kind: 'mobile' }]), `幸福路 ${i} 号`, area.code, area.path, 'alone', health, null, null, 'free', '[]', '', '', 'active', 1, now, now]);
    await links.add([phone, id, 'elder', null]);
    for (const n of [1, 2]) {
      const number = relativePhone(i, n);
      await relatives.add([orderedId(6, i * 2 + n), id, n, `亲属${i}-${n}`, n === 1 ? 'son' : 'daughter', JSON.stringify([{ number, kind: 'mobile' }]), 0]);
      await links.add([number, id, 'relative', `亲属${i}-${n}`]);
    }
    await terminals.add([orderedId(7, i), id, 'pendant', null, `PD-${String(i).padStart(7, '0')}`, '[]']);
  }
  await Promise.all([elders.finish(), relatives.finish(), terminals.finish(), links.finish()]);
  return { seconds: (performance.now() - began) / 1000, communities: communities.map((c) => c.code) };
}
