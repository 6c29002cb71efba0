import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgentStateName } from '../../api/telephony-inbound';
import type { Wallboard } from '../../api/wallboard';
import { ageMs, BLOCK, clock } from './board';

/** The order a wall lists states in: who can take a call first. */
export const WALL_STATES: readonly AgentStateName[] = ['idle', 'busy', 'after_call', 'break', 'signed_out'];
/** A state's colour, the same on the counts and the tiles. */
export const STATE_COLOURS: Record<AgentStateName, string> = { idle: '#389e0d', busy: '#1d39c4', after_call: '#d48806', break: '#722ed1', signed_out: '#434343' };

/** Counts per state, then one tile per agent coloured by state with the time in it. */
export function AgentTiles({ board, now }: { board: Wallboard; now: number }) {
  const { t } = useTranslation();
  return (
    <div style={BLOCK}>
      <Flex justify="space-between" align="baseline" wrap="wrap" gap={16} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('wallboard.agents')}
        </Typography.Title>
        <Flex gap={24} wrap="wrap" data-testid="wallboard-agent-counts">
          {WALL_STATES.map((state) => (
            <span key={state} style={{ fontSize: 22 }} data-testid={`wallboard-count-${state}`}>
              <span style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 7, background: STATE_COLOURS[state], marginRight: 8 }} />
              {t(`wallboard.state.${state}`)} <b style={{ fontSize: 30 }}>{board.agentCounts[state]}</b>
            </span>
          ))}
        </Flex>
      </Flex>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', gap: 10 }}>
        {board.agents.map((agent) => (
          <div
            key={agent.userId}
            data-testid={`wallboard-agent-${agent.username}`}
            data-state={agent.state}
            style={{ background: STATE_COLOURS[agent.state], borderRadius: 8, padding: '10px 14px', color: '#fff' }}
          >
            <div style={{ fontSize: 22, fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{agent.displayName}</div>
            <Flex justify="space-between" align="baseline">
              <span style={{ fontSize: 18 }}>{t(`wallboard.state.${agent.state}`)}</span>
              {/* A signed-out agent never set a state: no time to count. */}
              <span style={{ fontSize: 24, fontVariantNumeric: 'tabular-nums' }}>{agent.state === 'signed_out' && Date.parse(agent.since) === 0 ? '' : clock(ageMs(agent.since, now))}</span>
            </Flex>
          </div>
        ))}
      </div>
    </div>
  );
}
