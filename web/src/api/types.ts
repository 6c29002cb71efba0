// Shapes returned by the engine API.

export interface User {
  id: string | number;
  username: string;
  displayName: string;
  roles: string[];
  /** An admin chose the password: the user must choose their own before anything else. */
  passwordChangeRequired?: boolean;
}

export interface UserResponse {
  user: User;
}

export interface HealthReport {
  status: 'ok' | 'degraded' | (string & {});
  engine?: { version?: string };
  database?: { status?: string; type?: string };
  processEngine?: { status?: string; version?: string; error?: string };
}
