import mysql from 'mysql2/promise';

export type MysqlFlavor = 'mysql' | 'mariadb';

export interface JdbcSettings {
  url: string;
  user: string;
  password: string;
}

/**
 * The process engine's JDBC settings for CareFlow's own DATABASE_URL: the same server and the
 * same database. Operaton's tables all start with ACT_ and CareFlow's never do, so they sit side
 * by side; one backup then holds cases and their process instances at the same point in time,
 * and the account needs no right beyond the one CareFlow already has.
 *
 * Each server gets its own driver, because Operaton picks its SQL dialect from the driver's
 * product name (MySQL Connector/J calls a MariaDB server "MySQL"). The user and password travel
 * apart from the URL, so no character in them needs escaping for JDBC.
 */
export function jdbcFromDatabaseUrl(databaseUrl: string, flavor: MysqlFlavor): JdbcSettings {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw new Error('DATABASE_URL names no database: the process engine needs one (mysql://user:pass@host:3306/careflow)');
  const host = `${url.hostname}:${url.port || '3306'}`;
  // nullDatabaseMeansCurrent: Operaton asks the driver's metadata whether its tables exist without
  // naming a database; the drivers then look in every database of the server, so a second
  // installation (or a test database) beside one that has them would never create its own.
  // sendFractionalSeconds=false, as Operaton's own MySQL test set-up: its DATETIME columns hold no
  // fractions, and MySQL would round a sent fraction up to the next second (timers, locks).
  const jdbc =
    flavor === 'mariadb'
      ? `jdbc:mariadb://${host}/${encodeURIComponent(database)}?nullDatabaseMeansCurrent=true`
      : `jdbc:mysql://${host}/${encodeURIComponent(database)}?nullDatabaseMeansCurrent=true&sendFractionalSeconds=false`;
  return { url: jdbc, user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}

/** Asks the server what it is; an unreachable server is reported here, before any Java starts. */
export async function mysqlFlavor(databaseUrl: string): Promise<MysqlFlavor> {
  const connection = await mysql.createConnection({ uri: databaseUrl, connectTimeout: 10_000 });
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT VERSION() AS version');
    return /mariadb/i.test(String(rows[0]?.version)) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}
