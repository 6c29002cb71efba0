// Shapes the engine answers with that several API modules share (from @careflow/contracts).
import type { healthReport, publicUserView, userAnswer, Wire } from '@careflow/contracts';

/** The signed-in user as the engine shows it (never the password hash). */
export type User = Wire<typeof publicUserView>;
export type UserResponse = Wire<typeof userAnswer>;
export type HealthReport = Wire<typeof healthReport>;
