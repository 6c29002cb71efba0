import { DictionaryService } from '../dictionaries/service';
import { PublicUser } from '../identity/entities';
import { labelOf } from '../imports/kinds/dictionary-cells';
import { pdfFont } from '../../pdf/font';
import { StatementDoc, statementDoc, statementFileName } from './statement-doc';
import { statementPdf } from './statement-pdf';
import { statementSheet } from './statement-sheet';
import { Statements } from './statements';

/** 收费清单 as files: the same statement (and the same access) as the JSON one. */
export class StatementFiles {
  constructor(
    private readonly statements: Statements,
    private readonly dictionaries: DictionaryService,
    private readonly timeZone: string,
    /** STATEMENT_PDF_FONT */
    private readonly fontPath: string,
    /** HOTLINE_NAME, the PDF's head line. */
    private readonly hotline: string,
  ) {}

  async pdf(elderId: string, month: string | undefined, user: PublicUser): Promise<{ name: string; file: Buffer }> {
    const { name, doc } = await this.doc(elderId, month, user);
    return { name, file: await statementPdf(doc, await pdfFont(this.fontPath)) };
  }

  async xlsx(elderId: string, month: string | undefined, user: PublicUser): Promise<{ name: string; file: Buffer }> {
    const { name, doc } = await this.doc(elderId, month, user);
    return { name, file: await statementSheet(doc) };
  }

  private async doc(elderId: string, month: string | undefined, user: PublicUser): Promise<{ name: string; doc: StatementDoc }> {
    const statement = await this.statements.of(elderId, month, user);
    const category = await labelOf(this.dictionaries, 'subsidy_category', statement.elder.category);
    return { name: statementFileName(statement), doc: statementDoc(statement, category, this.timeZone, this.hotline) };
  }
}
