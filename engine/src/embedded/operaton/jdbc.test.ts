import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { REPO_ROOT } from '../../config';
import { openDatabase } from '../../db/data-source';
import { testDatabases } from '../../../test/support/databases';
import { jdbcFromDatabaseUrl, mysqlFlavor } from './jdbc';
import { LocalOperaton } from './local-operaton';

describe('the process engine’s JDBC settings from DATABASE_URL', () => {
  it.each([
    ['mysql', 'jdbc:mysql://db.internal:3307/careflow?nullDatabaseMeansCurrent=true&sendFractionalSeconds=false'],
    ['mariadb', 'jdbc:mariadb://db.internal:3307/careflow?nullDatabaseMeansCurrent=true'],
  ] as const)('given a %s server, when derived, then the same host and database with its own driver, credentials apart and decoded', (flavor, url) => {
    expect(jdbcFromDatabaseUrl('mysql://care%40flow:p%3Ass%2Fw0rd@db.internal:3307/careflow', flavor)).toEqual({ url, user: 'care@flow', password: 'p:ss/w0rd' });
  });

  it('given no port, when derived, then 3306', () => {
    expect(jdbcFromDatabaseUrl('mysql://u:p@db/careflow', 'mariadb').url).toBe('jdbc:mariadb://db:3306/careflow?nullDatabaseMeansCurrent=true');
  });

  it('given a URL without a database, when derived, then it says the process engine needs one', () => {
    expect(() => jdbcFromDatabaseUrl('mysql://u:p@db:3306/', 'mysql')).toThrow(/names no database/);
  });

  it('given a server that does not answer, when its flavor is asked, then it fails before any Java starts', async () => {
    await expect(mysqlFlavor('mysql://u:p@127.0.0.1:9/careflow')).rejects.toThrow();
  });
});

const mysqlOnly = testDatabases().find((d) => d.name === 'mysql');
const withMysql = mysqlOnly ? describe : describe.skip;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** As `npm start` with DATABASE_URL=mysql://…: Operaton in CareFlow's own database, side by side. */
withMysql('the local process engine on CareFlow’s MySQL database', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-operaton-mysql-'));
  let engine: LocalOperaton | undefined;
  let drop: (() => Promise<void>) | undefined;
  let url = '';

  beforeAll(async () => {
    const db = await mysqlOnly!.create();
    drop = db.drop;
    url = (db.config as { url: string }).url;
    // CareFlow's own tables first (openDatabase runs the migrations), as npm start has them.
    const careflow = await openDatabase(db.config);
    await careflow.destroy();
    engine = await LocalOperaton.start({
      sourceDir: path.join(REPO_ROOT, 'process-engine'),
      cacheDir: path.join(REPO_ROOT, '.careflow', 'cache'),
      dataDir: path.join(home, 'data'),
      logFile: path.join(home, 'logs', 'process-engine.log'),
      port: await freePort(),
      heap: '256m',
      jdbc: jdbcFromDatabaseUrl(url, await mysqlFlavor(url)),
      readyTimeoutMs: 240_000,
      log: () => undefined,
    });
  }, 300_000);

  afterAll(async () => {
    await engine?.stop();
    await drop?.();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('given CareFlow’s database, when the engine has started, then its ACT_ tables sit beside CareFlow’s and a case runs to its user task', async () => {
    const connection = await mysql.createConnection(url);
    const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()');
    await connection.end();
    const tables = rows.map((r) => String(r.name));
    expect(tables).toEqual(expect.arrayContaining(['ACT_RU_EXECUTION', 'ACT_HI_PROCINST', 'ACT_GE_PROPERTY']));
    const careflowTables = tables.filter((t) => !/^ACT_/i.test(t));
    expect(careflowTables).toEqual(expect.arrayContaining(['migrations']));
    expect(careflowTables.length).toBeGreaterThan(5);

    const form = new FormData();
    form.append('deployment-name', 'mysql-smoke');
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://careflow.example/test">
  <bpmn:process id="mysql_smoke" isExecutable="true"><bpmn:startEvent id="start"/><bpmn:sequenceFlow id="f" sourceRef="start" targetRef="register"/><bpmn:userTask id="register" name="受理登记"/></bpmn:process>
</bpmn:definitions>`;
    form.append('data', new Blob([xml], { type: 'application/xml' }), 'mysql_smoke.bpmn');
    expect((await fetch(`${engine!.restUrl}/deployment/create`, { method: 'POST', body: form })).status).toBe(200);
    const started = await fetch(`${engine!.restUrl}/process-definition/key/mysql_smoke/start`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ businessKey: 'GD20261202-000002' }) });
    expect(started.status).toBe(200);
    const tasks = (await (await fetch(`${engine!.restUrl}/task?processInstanceBusinessKey=GD20261202-000002`)).json()) as { name: string }[];
    expect(tasks.map((t) => t.name)).toEqual(['受理登记']);
  });
});
