import fs from 'node:fs/promises';
import { DictionaryService } from '../dictionaries/service';
import { PublicUser } from '../identity/entities';
import { labelOf } from '../imports/kinds/dictionary-cells';
import { StatementDoc, statementDoc, statementFileName } from './statement-doc';
import { statementPdf } from './statement-pdf';
import { statementSheet } from './statement-sheet';
import { Statements } from './statements';

/** 收费清单 as files: the same statement (and the same access) as the JSON one. */
export class StatementFiles {
  private font?: Promise<Buffer>;

  constructor(
    private readonly statements: Statements,
    private readonly dictionaries: DictionaryService,
    private readonly timeZone: string,
    /** STATEMENT_PDF_FONT */
    private readonly fontPath: string,
  ) {}

  async pdf(elderId: string, month: string | undefined, user: PublicUser): Promise<{ name: string; file: Buffer }> {
    const { name, doc } = await this.doc(elderId, month, user);
    return { name, file: await statementPdf(doc, await this.fontFile()) };
  }

  async xlsx(elderId: string, month: string | undefined, user: PublicUser): Promise<{ name: string; file: Buffer }> {
    const { name, doc } = await this.doc(elderId, month, user);
    return { name, file: await statementSheet(doc) };
  }

  private async doc(elderId: string, month: string | undefined, user: PublicUser): Promise<{ name: string; doc: StatementDoc }> {
    const statement = await this.statements.of(elderId, month, user);
    const category = await labelOf(this.dictionaries, 'subsidy_category', statement.elder.category);
    return { name: statementFileName(statement), doc: statementDoc(statement, category, this.timeZone) };
  }

  /** Read once (the font is megabytes); a failed read is tried again on the next PDF. */
  private fontFile(): Promise<Buffer> {
    this.font ??= fs.readFile(this.fontPath).catch((error: unknown) => {
      this.font = undefined;
      throw new Error(`The statement PDF font STATEMENT_PDF_FONT=${this.fontPath} cannot be read: ${String(error)}`);
    });
    return this.font;
  }
}
