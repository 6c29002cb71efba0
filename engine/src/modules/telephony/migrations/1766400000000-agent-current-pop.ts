import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { columns } from '../../../db/migrations/table-columns';

/** The pop (call or alarm) an agent is on or wrapping up: a reloaded desk asks the engine for it. */
export class AgentCurrentPop1766400000000 implements MigrationInterface {
  name = 'AgentCurrentPop1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('agent_states', new TableColumn(columns(runner).text('pop_id', 36, true)));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('agent_states', 'pop_id');
  }
}
