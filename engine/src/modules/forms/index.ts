import { defineModule } from '../../kernel/module';
import { FormEntity, FormVersionEntity } from './entities';
import { formRoutes } from './routes';
import { FormService } from './service';

/** Stored form schemas (formily), versioned, that human steps pin. */
export const formsModule = defineModule({
  name: 'forms',
  entities: [FormEntity, FormVersionEntity],
  migrations: [],
  needs: {},
  start: ({ dataSource, audit }) => {
    const forms = new FormService(dataSource, audit);
    return { gives: { forms }, routes: formRoutes(forms) };
  },
});
