/**
 * The API's types, generated from the server's OpenAPI document by openapi-typescript.
 * Do not edit: run `npx tsc -b && npm run generate-api -w @aliquot/web`.
 */
export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: status, database kind and version */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Up */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
              version: string;
              database: {
                /** @enum {string} */
                kind: 'embedded' | 'server';
                version: string;
              };
              uptimeSeconds: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in; the token is accepted as a bearer token by every API */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Signed in */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              token: string;
              expiresAt: string;
              user: components['schemas']['User'];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed out */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The user */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
              roles: string[];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff list */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Staff */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['User'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /** Add a staff member (admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            displayName: string;
            password: string;
            roles: (
              'phlebotomist' | 'mlt' | 'mls' | 'supervisor' | 'pathologist' | 'poct-operator' | 'admin'
            )[];
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a staff member’s roles or deactivate them (admin; not oneself) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            roles: (
              'phlebotomist' | 'mlt' | 'mls' | 'supervisor' | 'pathologist' | 'poct-operator' | 'admin'
            )[];
            active: boolean;
          };
        };
      };
      responses: {
        /** @description Changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recompute the audit log's hash chain; names the first entry that was tampered with */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The check */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              entries: number;
              brokenAt?: string;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/{entity}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who did what to one thing (patient, order, specimen, result, test, user), oldest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          entity: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Audit entries */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                seq: string;
                at: string;
                actor: string;
                action: string;
                before?: unknown;
                after?: unknown;
              }[];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What needs a person: in flight, held, autoverification rate, turnaround, critical calls, QC holds */
    get: {
      parameters: {
        query?: {
          windowHours?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The dashboard */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LabDashboard'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-sent events: a `changed` event naming the tables whenever the lab’s work changes on any node */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/event-stream */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/patients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find patients by MRN or the start of the family name */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (1–500) */
          limit?: number;
          /** @description Items to skip */
          offset?: number | null;
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Patients */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Patient'][];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /** Register a patient */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewPatient'];
        };
      };
      responses: {
        /** @description Registered */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Patient'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/patients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One patient */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The patient */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Patient'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The test catalog: tests and panels */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Catalog */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              tests: components['schemas']['CatalogTest'][];
              panels: components['schemas']['Panel'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/tests/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One test definition */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The test */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogTest'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    /** Create or edit a test definition (admin); a new version is kept */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['TestDefinition'];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogTest'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/tests/{code}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a test definition, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Versions */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                version: number;
                definition: components['schemas']['TestDefinition'];
                changedAt: string;
                changedBy: string;
              }[];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Orders, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (1–500) */
          limit?: number;
          /** @description Items to skip */
          offset?: number | null;
          patientId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Orders */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Order'][];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /** Order tests or panels for a patient; the specimens to collect are created with it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewOrder'];
        };
      };
      responses: {
        /** @description Placed */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One order with its specimens */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The order */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Order'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/specimens/{accession}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything about one specimen: patient, order, events, analyses, results with versions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accession: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The specimen and its timeline */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecimenTimeline'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/specimens/{accession}/collect': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record collection (who and when) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accession: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            collectedAt?: string;
            site?: string;
          };
        };
      };
      responses: {
        /** @description The specimen and its timeline */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecimenTimeline'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/specimens/{accession}/receive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Receive in the lab: two identifiers read off the label must match the patient */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accession: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['LabelIdentifiers'];
        };
      };
      responses: {
        /** @description The specimen and its timeline */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecimenTimeline'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/specimens/{accession}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject with a reason; its open analyses are cancelled */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accession: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            reason:
              | 'mislabeled'
              | 'unlabeled'
              | 'identification-mismatch'
              | 'hemolyzed'
              | 'clotted'
              | 'quantity-not-sufficient'
              | 'underfilled'
              | 'wrong-container'
              | 'stability-exceeded'
              | 'contaminated'
              | 'leaking'
              | 'missing-requisition';
            comment?: string;
            notified?: string;
          };
        };
      };
      responses: {
        /** @description The specimen and its timeline */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecimenTimeline'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/specimens/{accession}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a processing step: centrifuged, loaded, stored or disposed */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accession: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'centrifuged' | 'loaded' | 'stored' | 'disposed';
            detail?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description The specimen and its timeline */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecimenTimeline'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/specimens/{accession}/aliquots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pour off aliquots (child specimens) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accession: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            count: number;
          };
        };
      };
      responses: {
        /** @description The specimen and its timeline */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecimenTimeline'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/specimens/{accession}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enter a result for one test; it awaits verification */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accession: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewResult'];
        };
      };
      responses: {
        /** @description The specimen and its timeline */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SpecimenTimeline'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/instrument-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every link the server runs: listening, connected, last message time, counts, last error */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The links */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['LinkStatus'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/instruments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The instrument registry: connections, mappings and each link’s status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every instrument */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Instrument'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /** Register an instrument (needs instrument:write); its link starts at once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InstrumentInput'];
        };
      };
      responses: {
        /** @description Registered */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Instrument'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/instruments/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One instrument with its mappings and link status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The instrument */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Instrument'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    /** Change an instrument and its whole set of mappings (needs instrument:write) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InstrumentInput'];
        };
      };
      responses: {
        /** @description Changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Instrument'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    post?: never;
    /** Remove an instrument from the registry (needs instrument:write); its journal stays */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Removed */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/instruments/{code}/worklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue the pending tests of these specimens for the instrument; sent with retries */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            accessions: string[];
          };
        };
      };
      responses: {
        /** @description Queued journal entries, and specimens with nothing pending on this instrument */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              queued: string[];
              skipped: string[];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages in and out, newest first, with their state and error; filter by connection, instrument, state, direction */
    get: {
      parameters: {
        query?: {
          connection?: string;
          instrument?: string;
          state?: 'accepted' | 'processed' | 'unmapped' | 'failed' | 'queued' | 'sent' | 'acknowledged';
          direction?: 'in' | 'out';
          limit?: number;
          offset?: number | null;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of journal entries */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['JournalEntry'][];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journal/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One journal entry with its raw bytes (base64 and readable text) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The entry */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['JournalEntry'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journal/{id}/reprocess': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Process a failed or unmapped message again, e.g. after a mapping fix; a processed one is refused */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description What processing made of it */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProcessOutcome'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/unmapped': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Codes no mapping covers (test codes, unknown senders, control specimens) and the messages waiting on each */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The unmapped queue */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['UnmappedCode'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/materials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Control materials */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Materials */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ControlMaterial'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /** Register a control material */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example LIQ-CHEM */
            code: string;
            name: string;
            manufacturer?: string;
          };
        };
      };
      responses: {
        /** @description Registered */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ControlMaterial'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/lots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Control lots in use (or all, with includeInactive) */
    get: {
      parameters: {
        query?: {
          materialId?: string;
          includeInactive?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Lots */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ControlLot'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /** Register a lot of one control level; an expired lot is refused */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            materialId: string;
            /** @example L1 */
            level: string;
            /** @example 45861 */
            lotNumber: string;
            expiresOn: string;
            /** @description The barcode on the tubes, as instruments report it */
            specimenId?: string;
          };
        };
      };
      responses: {
        /** @description Registered */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ControlLot'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/lots/{lotId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a lot's specimen ID (barcode) or correct its expiry date */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          lotId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            specimenId?: string | null;
            expiresOn?: string;
          };
        };
      };
      responses: {
        /** @description Changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ControlLot'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/qc/lots/{lotId}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a lot out of use; its values stay on the charts */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          lotId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Retired */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ControlLot'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Targets in force (or their history) */
    get: {
      parameters: {
        query?: {
          instrumentCode?: string;
          testCode?: string;
          lotId?: string;
          includeHistory?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Targets */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['QcTarget'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /** Put the manufacturer's mean with a provisional SD in force for a lot on an instrument × test */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example CHEM-1 */
            instrumentCode: string;
            /** @example GLU */
            testCode: string;
            lotId: string;
            mean: number;
            /** @description Must be greater than 0 */
            sd: number;
          };
        };
      };
      responses: {
        /** @description In force */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QcTarget'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/targets/establish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Establish the lab's target from ≥ 20 values from ≥ 20 runs of the lot (CLSI C24) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example CHEM-1 */
            instrumentCode: string;
            /** @example GLU */
            testCode: string;
            lotId: string;
            policy?: {
              minimumValues?: number;
              minimumRuns?: number;
              minimumProvisionalValues?: number;
              longTermCvPercent?: number;
            };
            allowProvisional?: boolean;
          };
        };
      };
      responses: {
        /** @description Established */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              target: components['schemas']['QcTarget'];
              calculation: {
                /** @enum {string} */
                status: 'established' | 'provisional' | 'insufficient';
                n: number;
                runCount: number;
                excludedCount: number;
                mean?: number;
                sd?: number;
                cvPercent?: number;
                shortfalls: string[];
              };
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/targets/cumulative': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the target with the cumulative mean and SD of the accepted values */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example CHEM-1 */
            instrumentCode: string;
            /** @example GLU */
            testCode: string;
            lotId: string;
            policy?: {
              minimumValues?: number;
              minimumRuns?: number;
              minimumProvisionalValues?: number;
              longTermCvPercent?: number;
            };
          };
        };
      };
      responses: {
        /** @description Updated */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              target: components['schemas']['QcTarget'];
              calculation: {
                /** @enum {string} */
                status: 'established' | 'provisional' | 'insufficient';
                n: number;
                runCount: number;
                excludedCount: number;
                mean?: number;
                sd?: number;
                cvPercent?: number;
                shortfalls: string[];
              };
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** QC runs, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (1–500) */
          limit?: number;
          /** @description Items to skip */
          offset?: number | null;
          instrumentCode?: string;
          testCode?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Runs */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['QcRun'][];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /**
     * Enter a QC run by hand; the answer is the decision, each violation in words, and any hold
     * @description Every value is checked first: an unknown lot, an expired lot, a level without a target on this instrument × test or a wrong unit refuses the whole run, naming each problem. A rejection puts the instrument × test on hold and lists the patient results released since the last accepted QC.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ManualQcRun'];
        };
      };
      responses: {
        /** @description Recorded and judged */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QcRunOutcome'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/runs/{runId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One QC run with its observations and violations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The run */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QcRun'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/levey-jennings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Levey–Jennings data for one instrument × test × level × lot
     * @description Mean and ±1/2/3 SD lines of the target in force, every point with its z, status and the rules it broke, and annotations (lot changes, calibrations, maintenance) placed between points.
     */
    get: {
      parameters: {
        query: {
          instrumentCode: string;
          testCode: string;
          from?: string;
          to?: string;
          lotId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Chart data */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LeveyJenningsData'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/z-chart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All control levels of an instrument × test on one z axis (the last 31 days by default) */
    get: {
      parameters: {
        query: {
          instrumentCode: string;
          testCode: string;
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Chart data */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ZChartData'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/holds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Holds on instrument × test, newest first (open=true for those in force) */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (1–500) */
          limit?: number;
          /** @description Items to skip */
          offset?: number | null;
          open?: 'true' | 'false';
          instrumentCode?: string;
          testCode?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Holds */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['InstrumentHold'][];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /** Hold a test on an instrument by hand, with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example CHEM-1 */
            instrumentCode: string;
            /** @example GLU */
            testCode: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Held, with the look-back list */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlacedHold'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/holds/{holdId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One hold with its corrective actions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          holdId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The hold */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InstrumentHold'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/holds/{holdId}/look-back': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Patient results of the held test released by the instrument since the last accepted QC */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          holdId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The results to evaluate for impact */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hold: components['schemas']['InstrumentHold'];
              results: components['schemas']['LookBackEntry'][];
              truncated: boolean;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/holds/{holdId}/corrective-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a corrective action: cause, action, who, when */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          holdId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cause: string;
            action: string;
            performedBy?: string;
            /** Format: date-time */
            performedAt?: string;
          };
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CorrectiveAction'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/holds/{holdId}/lift': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lift a hold: needs a corrective action and a QC run accepted after it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          holdId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Lifted */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InstrumentHold'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/holds/{holdId}/override': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lift a hold without corrective action (qc:override permission, reason required, audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          holdId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Lifted by override */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InstrumentHold'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/sigma': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sigma metric and recommended Westgard rules for an instrument × test, with the reasoning */
    get: {
      parameters: {
        query: {
          instrumentCode: string;
          testCode: string;
          /** @description From PT/EQA or peer comparison */
          biasPercent?: number | null;
          cvPercent?: number;
          decisionLevel?: number | null;
          levels?: '2' | '3';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Recommendation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SigmaRecommendation'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rules that judge the next QC run of an instrument × test, and where they come from */
    get: {
      parameters: {
        query: {
          instrumentCode: string;
          testCode: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Rules in force */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QcRulesInForce'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /** Accept the sigma recommendation, or override it with other rules and a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example CHEM-1 */
            instrumentCode: string;
            /** @example GLU */
            testCode: string;
            biasPercent: number;
            cvPercent?: number;
            decisionLevel?: number;
            levels?: 2 | 3;
            decision:
              | {
                  /** @enum {string} */
                  choice: 'accept';
                }
              | {
                  /** @enum {string} */
                  choice: 'override';
                  rules: string[];
                  reason: string;
                };
            resetAtControlLotChange?: boolean;
            runWindowMinutes?: number;
          };
        };
      };
      responses: {
        /** @description Stored; later runs are judged by it */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SigmaRecommendation'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/pbrtqc': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** PBRTQC monitors with their settings and latest statistic */
    get: {
      parameters: {
        query?: {
          instrumentCode?: string;
          testCode?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Monitors */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['PbrtqcMonitor'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    /** Set a PBRTQC monitor; limits are derived from released results when only a false-alarm rate is given */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example CHEM-1 */
            instrumentCode: string;
            /** @example GLU */
            testCode: string;
            procedure: {
              calculation:
                | {
                    /** @enum {string} */
                    method: 'sma';
                    blockSize: number;
                  }
                | {
                    /** @enum {string} */
                    method: 'mm';
                    blockSize: number;
                  }
                | {
                    /** @enum {string} */
                    method: 'ewma';
                    lambda: number;
                    startValue?: number;
                  };
              truncation?: {
                low: number;
                high: number;
                /** @enum {string} */
                mode: 'truncate' | 'winsorize';
              };
            };
            controlLimits?: {
              lower: number;
              upper: number;
            };
            falseAlarmRate?: number;
            history?: {
              /** Format: date-time */
              from?: string;
              /** Format: date-time */
              to?: string;
              limit?: number;
            };
            enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Set */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              monitor: components['schemas']['PbrtqcMonitor'];
              derivedLimits: {
                lower: number;
                upper: number;
                statisticCount: number;
                observedFalseAlarmRate: number;
                adequate: boolean;
              } | null;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/pbrtqc/simulations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tuning: simulate a bias on the stored patient results; ANPed, MNPed, 95NPed, false-alarm rate */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example CHEM-1 */
            instrumentCode: string;
            /** @example GLU */
            testCode: string;
            bias: {
              /** @enum {string} */
              kind: 'absolute' | 'percent';
              amount: number;
            };
            procedure?: {
              calculation:
                | {
                    /** @enum {string} */
                    method: 'sma';
                    blockSize: number;
                  }
                | {
                    /** @enum {string} */
                    method: 'mm';
                    blockSize: number;
                  }
                | {
                    /** @enum {string} */
                    method: 'ewma';
                    lambda: number;
                    startValue?: number;
                  };
              truncation?: {
                low: number;
                high: number;
                /** @enum {string} */
                mode: 'truncate' | 'winsorize';
              };
            };
            controlLimits?: {
              lower: number;
              upper: number;
            };
            falseAlarmRate?: number;
            introductions?: number;
            seed?: number;
            history?: {
              /** Format: date-time */
              from?: string;
              /** Format: date-time */
              to?: string;
              limit?: number;
            };
          };
        };
      };
      responses: {
        /** @description Simulated detection */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PbrtqcTuningReport'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/pbrtqc/chart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A PBRTQC monitor's statistic at each patient result (the latest 500 by default), its limits and alarms
     * @description The statistic is recomputed with the monitor’s settings over the numeric patient results the instrument sent, in the order they were entered; alarms are those the live monitor raised.
     */
    get: {
      parameters: {
        query: {
          instrumentCode: string;
          testCode: string;
          from?: string;
          to?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Chart data */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PbrtqcChart'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/instrument-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The log of an instrument (for one test, with the instrument-wide events) */
    get: {
      parameters: {
        query: {
          instrumentCode: string;
          testCode?: string;
          kind?:
            | 'control-lot-change'
            | 'reagent-lot-change'
            | 'calibrator-lot-change'
            | 'calibration'
            | 'maintenance'
            | 'comment';
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Events */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['InstrumentEvent'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /** Log a control, reagent or calibrator lot change, a calibration, maintenance or a comment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example CHEM-1 */
            instrumentCode: string;
            /**
             * @description Omit for an event concerning every test
             * @example GLU
             */
            testCode?: string;
            /** @enum {string} */
            kind:
              | 'control-lot-change'
              | 'reagent-lot-change'
              | 'calibrator-lot-change'
              | 'calibration'
              | 'maintenance'
              | 'comment';
            /** Format: date-time */
            at?: string;
            description: string;
            lotNumber?: string;
          };
        };
      };
      responses: {
        /** @description Logged */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InstrumentEvent'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The schedule, soonest due first; overdue=true for the overdue list */
    get: {
      parameters: {
        query?: {
          instrumentCode?: string;
          overdue?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Tasks */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ScheduledTask'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /** Put a recurring maintenance or calibration task on an instrument’s schedule */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example CHEM-1 */
            instrumentCode: string;
            /** @enum {string} */
            kind: 'maintenance' | 'calibration';
            /** @example GLU */
            testCode?: string;
            task: string;
            intervalDays: number;
            /** Format: date-time */
            lastDoneAt?: string;
          };
        };
      };
      responses: {
        /** @description Scheduled */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScheduledTask'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/qc/schedule/{taskId}/done': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log a scheduled task as done; its next due date moves on by its interval */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            at?: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Logged */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              task: components['schemas']['ScheduledTask'];
              event: components['schemas']['InstrumentEvent'];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/review/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Held results grouped by specimen, with reasons, history, QC state and analyzer flags */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (1–500) */
          limit?: number;
          /** @description Items to skip */
          offset?: number | null;
          discipline?:
            | 'chemistry'
            | 'hematology'
            | 'coagulation'
            | 'urinalysis'
            | 'immunoassay'
            | 'blood-gas'
            | 'molecular';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The review queue, STAT first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['SpecimenReview'][];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/results/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Release a reviewed batch of held results, all or none */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            resultIds: string[];
            reason: string;
          };
        };
      };
      responses: {
        /** @description Released */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              released: components['schemas']['ReleasedResult'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/results/{id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Release one held result (needs a current credential and competency for its discipline) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Released */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReleasedResult'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/results/{id}/rerun': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for a rerun; the instrument gets it through its host query */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            sameInstrument?: boolean;
          };
        };
      };
      responses: {
        /** @description Requested */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TestRequest'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/results/{id}/dilute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for a rerun at a validated dilution */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            factor: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Requested */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TestRequest'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/results/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a comment to a result */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Added */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              commentId: string;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/results/{id}/correct': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct a released result: a new final version with the reason; both are kept and the EHR is told */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            value: components['schemas']['ResultValue'];
            unit?: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Corrected */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              resultId: string;
              version: number;
              correctsResultId: string;
              correctsVersion: number;
              reason: string;
              correctedBy: string;
              correctedAt: string;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/results/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Why a result was released or held: decisions, rule-set version, every rule evaluated, actions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The record */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ResultDecision'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/review/specimens/{accession}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject the specimen from review: unreleased results cancelled, reruns cancelled */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accession: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            reason:
              | 'mislabeled'
              | 'unlabeled'
              | 'identification-mismatch'
              | 'hemolyzed'
              | 'clotted'
              | 'quantity-not-sufficient'
              | 'underfilled'
              | 'wrong-container'
              | 'stability-exceeded'
              | 'contaminated'
              | 'leaking'
              | 'missing-requisition';
            comment?: string;
            notified?: string;
          };
        };
      };
      responses: {
        /** @description Rejected */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessionNumber: string;
              cancelledResults: number;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/review/actions/{id}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Undo an action the engine took by itself (reflex, rerun, dilution, recollection, comment) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Undone */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              undoActionId: string;
              undone: string;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rule-sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every rule-set version with its status and who drafted, validated and approved it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Versions */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['RuleSetVersion'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rule-sets/{id}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version with its rules */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          version: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The version */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RuleSetVersion'] & {
              rules: {
                [key: string]: unknown;
              };
              approvalNote: string | null;
              validationReport?: unknown;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rule-sets/drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Save a draft (refused with every problem and its path if it does not parse or names an unknown test) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            rules: {
              [key: string]: unknown;
            };
            changeNote: string;
          };
        };
      };
      responses: {
        /** @description Saved as the next version */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RuleSetVersion'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rule-sets/{id}/versions/{version}/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replay the draft and the active version over stored results; keeps the validation report */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          version: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            limit?: number;
            /** Format: date-time */
            since?: string;
          };
        };
      };
      responses: {
        /** @description Validated */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              version: components['schemas']['RuleSetVersion'];
              report: components['schemas']['ReplayReport'];
              text: string;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rule-sets/{id}/versions/{version}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The validation report: per rule cases seen, fired, held, released; the changed decisions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          version: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              report: components['schemas']['ReplayReport'];
              text: string;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rule-sets/{id}/versions/{version}/report.txt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The validation report as printable text */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          version: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rule-sets/{id}/versions/{version}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a validated version (pathologist or lab director): it becomes the one active version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          version: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description Active */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RuleSetVersion'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rule-sets/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What changed between two versions, rule by rule */
    get: {
      parameters: {
        query: {
          fromId: string;
          fromVersion: number;
          toId: string;
          toVersion: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The differences */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              from: {
                id: string;
                version: number;
              };
              to: {
                id: string;
                version: number;
              };
              changes: {
                [key: string]: unknown;
              }[];
              summary: string[];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/verification/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Four-eyes, licence state, escalation ladder, grouping window, credential alert days, specimen hold on deltas */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The settings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VerificationSettings'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    /** Change the verification policy (rules:approve) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            fourEyes?: boolean;
            licenceState?: string;
            escalationLadder?: {
              targetMinutes: number;
              steps: {
                afterMinutes: number;
                /** @enum {string} */
                notify:
                  | 'ordering-provider'
                  | 'covering-provider'
                  | 'charge-nurse'
                  | 'attending'
                  | 'supervisor'
                  | 'pathologist'
                  | 'medical-director';
              }[];
            };
            criticalGroupingMinutes?: number;
            credentialAlertDays?: number;
            /** @description Delta failures on this many analytes of one specimen hold all its results; 0 turns it off */
            deltaFailuresToHoldSpecimen?: number;
          };
        };
      };
      responses: {
        /** @description The settings now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VerificationSettings'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{userId}/credentials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person’s credentials, and for each discipline whether they may release today */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The record */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              userId: string;
              certifications: {
                [key: string]: unknown;
              }[];
              licences: {
                [key: string]: unknown;
              }[];
              competencies: {
                [key: string]: unknown;
              }[];
              release: {
                [key: string]: {
                  ok: boolean;
                  reason?: string;
                };
              };
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{userId}/certifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a certification */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['Certification'];
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{userId}/licences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a state licence */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['Licence'];
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{userId}/competencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a competency assessment (six elements; next due semiannually in the first year, then annually) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CompetencyAssessment'];
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/certifications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a certification */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['Certification'];
        };
      };
      responses: {
        /** @description Changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/licences/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a licence (e.g. renewed) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['Licence'];
        };
      };
      responses: {
        /** @description Changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{kind}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a credential entered in error (audited) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          kind: 'certifications' | 'licences' | 'competencies';
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Removed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              removed: string;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/credentials/expiring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff whose licence or certification expires, or competency falls due, within N days */
    get: {
      parameters: {
        query?: {
          withinDays?: number | null;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Expiring soon or already */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              withinDays: number;
              staff: {
                userId: string;
                username: string;
                displayName: string;
                items: {
                  /** @enum {string} */
                  kind: 'certification' | 'licence' | 'competency';
                  what: string;
                  dueOn: string;
                  daysLeft: number;
                }[];
              }[];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/critical-calls/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open critical calls, oldest first, with their clocks, escalation level and whom to call now */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Open calls */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['CriticalCall'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/critical-calls/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an attempt; reaching a caregiver who reads the result back completes the call */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The person or number tried */
            reached: string;
            /** @enum {string} */
            role:
              | 'ordering-provider'
              | 'covering-provider'
              | 'charge-nurse'
              | 'attending'
              | 'supervisor'
              | 'pathologist'
              | 'medical-director';
            /** @enum {string} */
            channel: 'phone' | 'page' | 'secure-message' | 'in-person';
            /** @enum {string} */
            outcome: 'reached' | 'no-answer' | 'busy' | 'left-message' | 'wrong-contact';
            readBackConfirmed?: boolean;
            /** Format: date-time */
            at?: string;
          };
        };
      };
      responses: {
        /** @description The call now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CriticalCall'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/critical-calls/log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every call in a period with attempts, and time to notification against the target */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The call log */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              from: string | null;
              to: string | null;
              targetMinutes: number;
              summary: {
                [key: string]: number;
              };
              calls: components['schemas']['CriticalCall'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poct/devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Point-of-care devices with their QC state */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The devices */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['PoctDevice'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poct/devices/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One device */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The device */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PoctDevice'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    /** Register a device or replace its registration (model, serial, location, tests); keeps its QC state */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PoctDeviceInput'];
        };
      };
      responses: {
        /** @description The device as registered */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PoctDevice'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poct/devices/{code}/qc': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a QC check of the device: a fail locks it out until a check passes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            outcome: 'pass' | 'fail';
            comment?: string;
          };
        };
      };
      responses: {
        /** @description The device with its QC state */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PoctDevice'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poct/operators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Operators with their certifications (current today or not) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The operators */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['PoctOperator'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poct/operators/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Register an operator by the ID the devices send, or rename or deactivate one */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            active?: boolean;
          };
        };
      };
      responses: {
        /** @description The operator */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PoctOperator'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poct/operators/{id}/certifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Certify an operator for a device type, from a day until its expiry */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            deviceType: string;
            /** @example 2026-01-15 */
            certifiedOn: string;
            /** @example 2026-01-15 */
            expiresOn: string;
          };
        };
      };
      responses: {
        /** @description The certification */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PoctCertification'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poct/operators/{id}/certifications/{certificationId}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decertify at once, with a reason: the operator is locked out of that device type */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          certificationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description The operator */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PoctOperator'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poct/readings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readings received, newest first: taken (with the lab result) or refused (with the reason) */
    get: {
      parameters: {
        query?: {
          device?: string;
          patientId?: string;
          outcome?: 'accepted' | 'refused';
          limit?: number;
          offset?: number | null;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of readings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['PoctReading'][];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poct/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The POCT coordinator's list: lock-outs, unknown devices, discordant results */
    get: {
      parameters: {
        query?: {
          /** @description only those not yet acknowledged (default) */
          open?: 'true' | 'false';
          limit?: number;
          offset?: number | null;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of notifications */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['PoctNotification'][];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poct/notifications/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The coordinator has dealt with a notification */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The notification */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PoctNotification'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/poct/concordance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readings beside central-lab results of the same patient and test within the window, judged by the allowable error */
    get: {
      parameters: {
        query?: {
          windowMinutes?: number;
          since?: string;
          discordantOnly?: 'true' | 'false';
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The pairs */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['PoctConcordance'][];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/scenarios': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Scenarios a training session can be drawn from */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Scenarios */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                name: string;
                title: string;
                description: string;
              }[];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My training sessions and their scores; every trainee’s with scope=all (training:supervise) */
    get: {
      parameters: {
        query?: {
          /** @description all: every trainee’s sessions, for educators */
          scope?: 'mine' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Sessions */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                scenario: string;
                trainee: string;
                createdAt: string;
                score: components['schemas']['TrainingScore'];
              }[];
            };
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    /** Start a training session: review cases drawn from a scenario, in a sandbox */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default default */
            scenario?: string;
            /** @default 12 */
            cases?: number;
            seed?: number;
          };
        };
      };
      responses: {
        /** @description Started */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TrainingSession'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of my sessions (or any trainee’s, with training:supervise): its cases, feedback on those decided, the score so far */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The session */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TrainingSession'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/sessions/{id}/cases/{caseId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide a case (release, rerun, reject or call) and get feedback from the ground truth */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          caseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            decision: 'release' | 'rerun' | 'reject' | 'call';
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Graded */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TrainingFeedback'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not allowed for this role */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Conflicts with the current state */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Invalid request */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/patients/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The patient's cumulative report: every order, results, ranges, flags, corrections, critical calls */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One order's report */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OperationOutcome'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    User: {
      /** Format: uuid */
      id: string;
      username: string;
      displayName: string;
      roles: ('phlebotomist' | 'mlt' | 'mls' | 'supervisor' | 'pathologist' | 'poct-operator' | 'admin')[];
      active: boolean;
    };
    OperationOutcome: {
      /** @enum {string} */
      resourceType: 'OperationOutcome';
      issue: {
        /** @enum {string} */
        severity: 'fatal' | 'error' | 'warning' | 'information';
        code: string;
        diagnostics?: string;
        expression?: string[];
      }[];
    };
    LabDashboard: {
      at: string;
      windowHours: number;
      inFlight: number;
      heldForReview: number;
      released: number;
      autoverificationRate: number | null;
      manualTouchesPerSpecimen: number | null;
      turnaround: {
        priority: string;
        released: number;
        medianMinutes: number | null;
        p90Minutes: number | null;
        withinTarget: number | null;
      }[];
      openCriticalCalls: {
        id: string;
        accessionNumber: string;
        testCode: string;
        value?: unknown;
        unit: string | null;
        mrn: string;
        patientName: string;
        detectedAt: string;
        escalationLevel: number;
      }[];
      qcHolds: {
        id: string;
        instrumentCode: string;
        testCode: string;
        source: string;
        reason: string;
        heldSince: string;
      }[];
    };
    Patient: {
      /** Format: uuid */
      id: string;
      mrn: string;
      familyName: string;
      givenName: string;
      /** @example 1980-02-29 */
      birthDate: string;
      /**
       * @description Sex for clinical use: picks reference intervals
       * @enum {string}
       */
      clinicalSex: 'female' | 'male' | 'unknown';
      genderIdentity?: string;
      identifiers: {
        system: string;
        value: string;
      }[];
    };
    NewPatient: {
      mrn: string;
      familyName: string;
      /** @default  */
      givenName: string;
      birthDate: string;
      /** @enum {string} */
      clinicalSex: 'female' | 'male' | 'unknown';
      genderIdentity?: string;
      identifiers?: {
        system: string;
        value: string;
      }[];
    };
    CatalogTest: {
      definition: components['schemas']['TestDefinition'];
      version: number;
      active: boolean;
    };
    TestDefinition: {
      code: string;
      loinc?: string;
      name: string;
      /** @enum {string} */
      discipline:
        'chemistry' | 'hematology' | 'coagulation' | 'urinalysis' | 'immunoassay' | 'blood-gas' | 'molecular';
      /** @enum {string} */
      specimenType: 'SER/PLAS' | 'SER' | 'PLAS' | 'WB-EDTA' | 'PPP' | 'UR' | 'BLDA' | 'WB';
      /** @enum {string} */
      container: 'SST' | 'RED' | 'LIHEP' | 'EDTA' | 'CIT' | 'FLOX' | 'URINE-CUP' | 'ABG-SYRINGE';
      /** @enum {string} */
      valueKind: 'numeric' | 'text' | 'coded' | 'structured';
      /** @description UCUM unit, e.g. mmol/L */
      unit?: string;
      decimals?: number;
      calculated?: boolean;
      answers?: string[];
      referenceIntervals: {
        /** @enum {string} */
        sex: 'female' | 'male' | 'unknown' | 'any';
        ageFromDays?: number;
        ageToDays?: number;
        low?: number;
        high?: number;
        text?: string;
      }[];
      critical?: {
        low?: number;
        high?: number;
        source: string;
      };
      measuringRange?: {
        low: number;
        high: number;
        maxDilution?: number;
      };
      delta?: {
        /** @enum {string} */
        method: 'absolute' | 'percent' | 'rcv' | 'rate';
        limit: number;
        windowHours: number;
      };
      variation?: {
        cvi?: number;
        cva?: number;
        source: string;
      };
      allowableError?: {
        percent?: number;
        absolute?: number;
        source: string;
      };
      serumIndexLimits?: {
        hemolysis?: number;
        icterus?: number;
        lipemia?: number;
        source: string;
      };
      stabilityMinutes?: number;
      turnaround?: {
        statMinutes?: number;
        routineMinutes?: number;
      };
    };
    Panel: {
      code: string;
      loinc?: string;
      name: string;
      members: string[];
    };
    Order: {
      /** Format: uuid */
      id: string;
      orderNumber: string;
      placerOrderNumber?: string;
      /** Format: uuid */
      patientId: string;
      /** @enum {string} */
      priority: 'stat' | 'asap' | 'routine';
      status: string;
      orderedAt: string;
      orderables: string[];
      specimens: {
        accessionNumber: string;
        specimenType: string;
        container: string;
      }[];
    };
    NewOrder: {
      /** Format: uuid */
      patientId: string;
      /**
       * @example [
       *       "BMP"
       *     ]
       */
      orderables: string[];
      /**
       * @default routine
       * @enum {string}
       */
      priority: 'stat' | 'asap' | 'routine';
      /** Format: uuid */
      orderingProviderId?: string;
      placerOrderNumber?: string;
      clinicalInfo?: string;
    };
    SpecimenTimeline: {
      accessionNumber: string;
      specimenType: string;
      container: string;
      state: string;
      parent: string | null;
      aliquots: string[];
      patient?: {
        id: string;
        mrn: string;
        familyName: string;
        givenName: string;
        birthDate: string;
        clinicalSex: string;
      };
      order: {
        id: string;
        orderNumber: string;
        priority: string;
        orderedAt: string;
      };
      events: {
        kind: string;
        at: string;
        actor: string;
        detail: {
          [key: string]: unknown;
        };
      }[];
      analyses: {
        id: string;
        testCode: string;
        testName: string;
        panelCode: string | null;
        status: string;
        results: {
          /** Format: uuid */
          id: string;
          version: number;
          value: components['schemas']['ResultValue'];
          unit: string | null;
          flags: string[];
          status: string;
          source: string;
          instrumentId: string | null;
          enteredBy: string;
          observedAt: string | null;
          createdAt: string;
          detail: {
            [key: string]: unknown;
          };
        }[];
      }[];
    };
    ResultValue:
      | {
          /** @enum {string} */
          kind: 'numeric';
          value: number;
          /** @enum {string} */
          comparator?: '<' | '<=' | '>' | '>=';
        }
      | {
          /** @enum {string} */
          kind: 'text';
          text: string;
        }
      | {
          /** @enum {string} */
          kind: 'coded';
          code: string;
          display?: string;
          system?: string;
        }
      | {
          /** @enum {string} */
          kind: 'structured';
          gene: string;
          hgvs: string;
          alleleFraction?: number;
          interpretation?: string;
        };
    LabelIdentifiers: {
      mrn?: string;
      familyName?: string;
      givenName?: string;
      birthDate?: string;
    };
    NewResult: {
      testCode: string;
      value: components['schemas']['ResultValue'];
      unit?: string;
    };
    LinkStatus: {
      connection: string;
      instrumentCode: string | null;
      /** @enum {string} */
      protocol: 'astm' | 'hl7';
      /** @enum {string} */
      role: 'listener' | 'tcp-server' | 'tcp-client';
      /** @enum {string} */
      state: 'listening' | 'connected' | 'connecting' | 'disconnected' | 'failed' | 'stopped';
      host: string | null;
      port: number | null;
      peers: number;
      since: string;
      lastMessageAt: string | null;
      messagesIn: number;
      messagesOut: number;
      lastError: string | null;
    };
    Instrument: {
      code: string;
      name: string;
      /** @enum {string} */
      protocol: 'astm' | 'hl7';
      /** @enum {string} */
      transport: 'tcp-server' | 'tcp-client';
      host: string | null;
      port: number | null;
      /** @enum {string} */
      charset: 'latin1' | 'utf-8' | 'windows-1252';
      senderIds: string[];
      qcPatterns: string[];
      /** @enum {string} */
      contentionPriority: 'instrument' | 'computer';
      queryTimeoutMs: number;
      serumIndexCodes: components['schemas']['SerumIndexCodes'];
      active: boolean;
      testCodes: components['schemas']['TestCodeMapping'][];
      updatedAt: string;
      updatedBy: string;
      links: components['schemas']['LinkStatus'][];
    };
    /**
     * @description The instrument codes under which the analyzer sends serum indices as results
     * @example {
     *       "hemolysis": "H",
     *       "icterus": "I",
     *       "lipemia": "L"
     *     }
     */
    SerumIndexCodes: {
      hemolysis?: string;
      icterus?: string;
      lipemia?: string;
    };
    TestCodeMapping: {
      /** @example GLU */
      instrumentCode: string;
      /** @example GLU */
      testCode: string;
      /** @example mmol/L */
      instrumentUnit?: string;
      /** @example 18.016 */
      factor?: number;
      runs?: boolean;
    };
    InstrumentInput: {
      /** @example CHEM1 */
      code: string;
      name: string;
      /** @enum {string} */
      protocol: 'astm' | 'hl7';
      /** @enum {string} */
      transport: 'tcp-server' | 'tcp-client';
      host?: string;
      port?: number;
      /** @enum {string} */
      charset?: 'latin1' | 'utf-8' | 'windows-1252';
      senderIds?: string[];
      /**
       * @example [
       *       "^QC-"
       *     ]
       */
      qcPatterns?: string[];
      /** @enum {string} */
      contentionPriority?: 'instrument' | 'computer';
      queryTimeoutMs?: number;
      serumIndexCodes?: components['schemas']['SerumIndexCodes'];
      active?: boolean;
      testCodes: components['schemas']['TestCodeMapping'][];
    };
    JournalEntry: {
      id: string;
      /** @enum {string} */
      direction: 'in' | 'out';
      connection: string;
      instrumentCode: string | null;
      /** @enum {string} */
      protocol: 'astm' | 'hl7';
      messageType: string;
      /** @enum {string} */
      state: 'accepted' | 'processed' | 'unmapped' | 'failed' | 'queued' | 'sent' | 'acknowledged';
      error: string | null;
      warnings: string[];
      controlId: string;
      sender: string;
      receivedAt: string | null;
      sentAt: string | null;
      attempts: number;
      nextAttemptAt: string | null;
      replyTo: string | null;
      resultCount: number;
      processedAt: string | null;
      createdAt: string;
      raw: {
        base64: string;
        /** @description The message with control characters written as <STX>, <CR>… */
        text: string;
        bytes: number;
      };
      frames: {
        base64: string;
        text: string;
      } | null;
    };
    ProcessOutcome: {
      id: string;
      /** @enum {string} */
      state: 'accepted' | 'processed' | 'unmapped' | 'failed' | 'queued' | 'sent' | 'acknowledged';
      error: string | null;
      resultCount: number;
      entry: components['schemas']['JournalEntry'];
    };
    UnmappedCode: {
      instrument: string;
      /** @enum {string} */
      kind: 'test' | 'sender' | 'control';
      code: string;
      firstSeen: string;
      lastSeen: string;
      count: number;
      journalIds: string[];
    };
    ControlMaterial: {
      id: string;
      code: string;
      name: string;
      manufacturer: string | null;
    };
    ControlLot: {
      id: string;
      materialId: string;
      level: string;
      lotNumber: string;
      /** @example 2027-03-31 */
      expiresOn: string;
      /** @description Barcode instruments report for this lot */
      specimenId: string | null;
      active: boolean;
    };
    QcTarget: {
      id: string;
      instrumentCode: string;
      testCode: string;
      lotId: string;
      mean: number;
      sd: number;
      cvPercent: number;
      /** @enum {string} */
      source: 'manufacturer' | 'established' | 'cumulative';
      establishedFrom: number | null;
      effectiveFrom: string;
      effectiveTo: string | null;
    };
    QcRunOutcome: {
      run: components['schemas']['QcRun'];
      rules: {
        /** @enum {string} */
        origin: 'sigma-accepted' | 'lab-override' | 'default-from-sigma' | 'default-standard';
        sigma: number | null;
      };
      hold: components['schemas']['PlacedHold'];
    };
    QcRun: {
      id: string;
      instrumentCode: string;
      testCode: string;
      /** @enum {string} */
      source: 'manual' | 'instrument';
      /** @enum {string} */
      decision: 'accept' | 'warn' | 'reject';
      rules: string[];
      violations: components['schemas']['WestgardViolation'][];
      measuredAt: string;
      enteredBy: string;
      comment: string | null;
      observations: components['schemas']['QcObservation'][];
    };
    WestgardViolation: {
      rule: components['schemas']['WestgardRule'];
      /** @enum {string} */
      role: 'warning' | 'rejection';
      /** @enum {string} */
      errorKind: 'random' | 'systematic' | 'undetermined';
      /** @enum {string} */
      scope: 'within-run' | 'across-runs-within-level' | 'across-runs-and-levels';
      /** @enum {string} */
      side: 'high' | 'low' | 'both';
      observationIds: string[];
      levels: string[];
      runIds: string[];
      /** @description The violation in words, for the bench */
      sentence: string;
    };
    /** @enum {string} */
    WestgardRule:
      '1-2s' | '1-3s' | '2-2s' | 'R-4s' | '4-1s' | '2of3-2s' | '3-1s' | '6x' | '8x' | '9x' | '10x' | '12x';
    QcObservation: {
      id: string;
      lotId: string;
      level: string;
      value: number;
      unit: string | null;
      targetMean: number;
      targetSd: number;
      z: number;
      /** @enum {string} */
      status: 'accepted' | 'rejected' | 'excluded';
      measuredAt: string;
      enteredBy: string | null;
      fromInstrument: string | null;
    };
    PlacedHold: {
      hold: components['schemas']['InstrumentHold'];
      created: boolean;
      lookBack: components['schemas']['LookBackEntry'][];
    } | null;
    InstrumentHold: {
      id: string;
      instrumentCode: string;
      testCode: string;
      /** @enum {string} */
      source: 'qc' | 'pbrtqc' | 'manual';
      reason: string;
      heldSince: string;
      qcRunId: string | null;
      pbrtqcAlarmId: string | null;
      /** @description The last accepted QC before the hold */
      lookBackFrom: string | null;
      placedBy: string;
      liftedAt: string | null;
      liftedBy: string | null;
      /** @enum {string|null} */
      liftKind: 'corrective-action' | 'override' | null;
      liftingQcRunId: string | null;
      overrideReason: string | null;
      correctiveActions: components['schemas']['CorrectiveAction'][];
    };
    CorrectiveAction: {
      id: string;
      cause: string;
      action: string;
      performedBy: string;
      performedAt: string;
      recordedBy: string;
    };
    LookBackEntry: {
      resultId: string;
      analysisId: string;
      version: number;
      testCode: string;
      value?: unknown;
      numericValue: number | null;
      unit: string | null;
      status: string;
      flags: string[];
      releasedAt: string;
      accessionNumber: string;
      patient: {
        id: string;
        mrn: string;
        familyName: string;
        givenName: string;
      };
    };
    ManualQcRun: {
      /** @example CHEM-1 */
      instrumentCode: string;
      /** @example GLU */
      testCode: string;
      /** Format: date-time */
      measuredAt?: string;
      comment?: string;
      values: {
        lotId: string;
        value: number;
        unit?: string;
        /** Format: date-time */
        measuredAt?: string;
      }[];
    };
    LeveyJenningsData: {
      instrumentCode: string;
      testCode: string;
      lot: components['schemas']['ControlLot'];
      target: components['schemas']['QcTarget'];
      chart: {
        level: string;
        lotId: string;
        mean: number;
        sd: number;
        /** @description mean + k·SD for k = −3 … +3 */
        lines: {
          k: number;
          value: number;
        }[];
        points: {
          id: string;
          runId: string;
          measuredAt: string;
          value: number;
          z: number;
          /** @enum {string} */
          status: 'accepted' | 'rejected' | 'excluded';
          violations: {
            rule: components['schemas']['WestgardRule'];
            /** @enum {string} */
            role: 'warning' | 'rejection';
            /** @enum {string} */
            scope: 'within-run' | 'across-runs-within-level' | 'across-runs-and-levels';
          }[];
        }[];
        annotations: {
          /** @enum {string} */
          kind: 'control-lot-change' | 'calibration' | 'maintenance' | 'reagent-lot-change' | 'comment';
          at: string;
          text?: string;
          afterPointIndex: number;
        }[];
        valueRange: {
          min: number;
          max: number;
        };
      };
      violations: components['schemas']['WestgardViolation'][];
    };
    ZChartData: {
      instrumentCode: string;
      testCode: string;
      from: string;
      to: string;
      chart: {
        series: {
          level: string;
          points: {
            id: string;
            runId: string;
            measuredAt: string;
            z: number;
            /** @enum {string} */
            status: 'accepted' | 'rejected' | 'excluded';
            sequenceIndex: number;
            violations: {
              rule: components['schemas']['WestgardRule'];
              /** @enum {string} */
              role: 'warning' | 'rejection';
              /** @enum {string} */
              scope: 'within-run' | 'across-runs-within-level' | 'across-runs-and-levels';
            }[];
          }[];
        }[];
        lines: {
          k: number;
          value: number;
        }[];
        annotations: {
          /** @enum {string} */
          kind: 'control-lot-change' | 'calibration' | 'maintenance' | 'reagent-lot-change' | 'comment';
          at: string;
          text?: string;
          afterPointIndex: number;
        }[];
      };
      violations: components['schemas']['WestgardViolation'][];
    };
    SigmaRecommendation: {
      instrumentCode: string;
      testCode: string;
      inputs: {
        teaPercent?: number;
        teaAbsolute?: number;
        teaSource: string;
        biasPercent: number;
        cvPercent: number;
        cvSource: string;
        decisionLevel: number;
        levels: 2 | 3;
      };
      recommendation: {
        sigma: number;
        levels: 2 | 3;
        rules: components['schemas']['WestgardRule'][];
        design: {
          n: number;
          runs: number;
        };
        alternativeDesigns: {
          n: number;
          runs: number;
        }[];
        fitForRoutineUse: boolean;
        tableName: string;
        /** @enum {string} */
        tableVerification: 'verified' | 'unverified';
        reasoning: string[];
        teaPercent: number;
        /** @enum {string} */
        teaGovernedBy: 'percent' | 'absolute';
      };
      current: components['schemas']['QcRulesInForce'];
    };
    QcRulesInForce: {
      instrumentCode: string;
      testCode: string;
      config: {
        rules: components['schemas']['WestgardRule'][];
        resetAtControlLotChange: boolean;
      };
      runWindowMinutes: number;
      /** @enum {string} */
      origin: 'sigma-accepted' | 'lab-override' | 'default-from-sigma' | 'default-standard';
      sigma: number | null;
      reasoning: string[];
    };
    PbrtqcMonitor: {
      instrumentCode: string;
      testCode: string;
      settings: {
        calculation:
          | {
              /** @enum {string} */
              method: 'sma';
              blockSize: number;
            }
          | {
              /** @enum {string} */
              method: 'mm';
              blockSize: number;
            }
          | {
              /** @enum {string} */
              method: 'ewma';
              lambda: number;
              startValue?: number;
            };
        truncation?: {
          low: number;
          high: number;
          /** @enum {string} */
          mode: 'truncate' | 'winsorize';
        };
        controlLimits: {
          lower: number;
          upper: number;
        };
      };
      enabled: boolean;
      lastStatistic: number | null;
      resultsSeen: number;
      configuredBy: string;
      configuredAt: string;
    };
    PbrtqcTuningReport: {
      instrumentCode: string;
      testCode: string;
      settings: {
        calculation:
          | {
              /** @enum {string} */
              method: 'sma';
              blockSize: number;
            }
          | {
              /** @enum {string} */
              method: 'mm';
              blockSize: number;
            }
          | {
              /** @enum {string} */
              method: 'ewma';
              lambda: number;
              startValue?: number;
            };
        truncation?: {
          low: number;
          high: number;
          /** @enum {string} */
          mode: 'truncate' | 'winsorize';
        };
        controlLimits: {
          lower: number;
          upper: number;
        };
      };
      derivedLimits: {
        lower: number;
        upper: number;
        statisticCount: number;
        observedFalseAlarmRate: number;
        adequate: boolean;
      } | null;
      data: {
        results: number;
        mean: number;
        sd: number;
      };
      bias: {
        /** @enum {string} */
        kind: 'absolute' | 'percent';
        amount: number;
      };
      seed: number;
      report: {
        introductions: number;
        detected: number;
        undetected: number;
        anped?: number;
        mnped?: number;
        p95nped?: number;
        npeds: number[];
        falseAlarmRate: number;
        falseAlarms: number;
        statisticsEvaluated: number;
      };
    };
    PbrtqcChart: {
      monitor: components['schemas']['PbrtqcMonitor'];
      points: {
        resultId: string;
        at: string;
        value: number;
        /** @description False when truncation dropped the result */
        included: boolean;
        /** @description Null while the statistic warms up */
        statistic: number | null;
        /** @enum {string|null} */
        beyondLimit: 'high' | 'low' | null;
      }[];
      alarms: {
        id: string;
        resultId: string | null;
        /** @enum {string} */
        side: 'high' | 'low';
        statistic: number;
        limit: number;
        raisedAt: string;
      }[];
    };
    InstrumentEvent: {
      id: string;
      instrumentCode: string;
      testCode: string | null;
      /** @enum {string} */
      kind:
        | 'control-lot-change'
        | 'reagent-lot-change'
        | 'calibrator-lot-change'
        | 'calibration'
        | 'maintenance'
        | 'comment';
      at: string;
      description: string;
      lotNumber: string | null;
      scheduleId: string | null;
      recordedBy: string;
    };
    ScheduledTask: {
      id: string;
      instrumentCode: string;
      /** @enum {string} */
      kind: 'maintenance' | 'calibration';
      testCode: string | null;
      task: string;
      intervalDays: number;
      lastDoneAt: string | null;
      dueAt: string;
      overdue: boolean;
      daysOverdue: number;
    };
    SpecimenReview: {
      accessionNumber: string;
      specimenType: string;
      priority: string;
      collectedAt: string | null;
      patient: {
        id: string;
        mrn: string;
        name: string;
        birthDate: string;
        clinicalSex: string;
      };
      held: components['schemas']['HeldResult'][];
    };
    HeldResult: {
      /** Format: uuid */
      resultId: string;
      version: number;
      testCode: string;
      testName: string;
      discipline: string;
      value: components['schemas']['ResultValue'];
      unit: string | null;
      flags: string[];
      enteredBy: string;
      source: string;
      instrumentId: string | null;
      observedAt: string | null;
      decision: {
        decisionId: string;
        outcome: string;
        ruleSet: string | null;
        decidedAt: string;
        decidedByRule: string | null;
      } | null;
      reasons: components['schemas']['DecisionReason'][];
      history: {
        value: number;
        at: string;
        specimenType: string;
        delta: number | null;
        deltaPercent: number | null;
      }[];
      qc: components['schemas']['QcState'];
      instrumentFlags: string[];
      serumIndices: {
        [key: string]: number;
      } | null;
      requests: {
        requestId: string;
        kind: string;
        status: string;
        dilutionFactor: number | null;
        reason: string;
      }[];
      comments: {
        text: string;
        by: string;
        at: string;
      }[];
      criticalCall: {
        callId: string;
        status: string;
        escalationLevel: number;
      } | null;
    };
    DecisionReason: {
      ruleId: string;
      ruleName: string;
      stage: string;
      /** @description Whether this rule stopped release */
      blocking: boolean;
      /** @description Whether its hold covers every result of the specimen (its identity in doubt) */
      holdsSpecimen?: boolean;
      sentence: string;
      facts: components['schemas']['DecisionFact'][];
    };
    DecisionFact: {
      subject: string;
      value: number | string | boolean;
      unit?: string;
      limit?: number;
      comparator?: string;
      source?: string;
    };
    QcState: {
      /** @enum {string} */
      status: 'accepted' | 'warning' | 'rejected' | 'none';
      lastAcceptedAt?: string;
      reason?: string;
      pbrtqcAlarm?: boolean;
    } | null;
    ReleasedResult: {
      resultId: string;
      testCode: string;
      accessionNumber: string;
      releasedBy: string;
      releasedAt: string;
    };
    TestRequest: {
      requestId: string;
      kind: string;
      testCode: string;
      dilutionFactor: number | null;
      status: string;
      reason: string;
    };
    ResultDecision: {
      resultId: string;
      version: number;
      status: string;
      testCode: string;
      testName: string;
      accessionNumber: string;
      value: components['schemas']['ResultValue'];
      unit: string | null;
      flags: string[];
      enteredBy: string;
      release: {
        releasedAt: string;
        releasedBy: string;
        byEngine: boolean;
        ruleSet: {
          id: string;
          version: number;
        } | null;
        decisionId: string | null;
        reason: string | null;
      } | null;
      decisions: {
        decisionId: string;
        outcome: string;
        dilutionFactor: number | null;
        ruleSet: {
          id: string;
          version: number;
        } | null;
        decidedAt: string;
        decidedByRule: string | null;
        reasons: components['schemas']['DecisionReason'][];
        evaluations: components['schemas']['RuleEvaluation'][];
        comments: string[];
        reflexTests: string[];
        reportAs: components['schemas']['ResultValue'];
      }[];
      actions: {
        actionId: string;
        kind: string;
        byEngine: boolean;
        performedBy: string;
        at: string;
        reason: string;
        detail: {
          [key: string]: unknown;
        };
        undoneBy: string | null;
      }[];
      comments: {
        commentId: string;
        text: string;
        byEngine: boolean;
        ruleId: string | null;
        writtenBy: string;
        writtenAt: string;
        retracted: boolean;
      }[];
      correction: {
        correctsResultId: string;
        reason: string;
        correctedBy: string;
      } | null;
      correctedBy: {
        resultId: string;
        reason: string;
      } | null;
      notifications: {
        kind: string;
        createdAt: string;
        sentAt: string | null;
      }[];
      versions: {
        resultId: string;
        version: number;
        status: string;
        value: components['schemas']['ResultValue'];
        unit: string | null;
        enteredBy: string;
        createdAt: string;
      }[];
    };
    RuleEvaluation: {
      ruleId: string;
      ruleName: string;
      stage: string;
      fired: boolean;
      sentence: string;
      facts: components['schemas']['DecisionFact'][];
      outcomes: {
        [key: string]: unknown;
      }[];
    };
    RuleSetVersion: {
      id: string;
      name: string;
      version: number;
      /** @enum {string} */
      status: 'draft' | 'validated' | 'active' | 'retired';
      changeNote: string;
      draftedBy: string;
      draftedAt: string;
      validatedBy: string | null;
      validatedAt: string | null;
      approvedBy: string | null;
      approvedAt: string | null;
      retiredAt: string | null;
    };
    ReplayReport: {
      cases: number;
      candidate: {
        [key: string]: unknown;
      };
      active: {
        [key: string]: unknown;
      };
      differences: {
        [key: string]: unknown;
      }[];
      newlyHeld: number;
      newlyReleased: number;
    };
    VerificationSettings: {
      fourEyes: boolean;
      licenceState?: string;
      escalationLadder: {
        targetMinutes: number;
        steps: {
          afterMinutes: number;
          /** @enum {string} */
          notify:
            | 'ordering-provider'
            | 'covering-provider'
            | 'charge-nurse'
            | 'attending'
            | 'supervisor'
            | 'pathologist'
            | 'medical-director';
        }[];
      };
      criticalGroupingMinutes: number;
      credentialAlertDays: number;
      /** @description Delta failures on this many analytes of one specimen hold all its results; 0 turns it off */
      deltaFailuresToHoldSpecimen: number;
    };
    Certification: {
      /** @enum {string} */
      body: 'ASCP' | 'AMT';
      /** @enum {string} */
      credential: 'MLS' | 'MLT' | 'MT' | 'categorical' | 'SBB' | 'PBT' | 'RPT';
      /** @description ASCP categories, e.g. C, H */
      categories?: string[];
      disciplines?: (
        'chemistry' | 'hematology' | 'coagulation' | 'urinalysis' | 'immunoassay' | 'blood-gas' | 'molecular'
      )[];
      number?: string;
      issuedOn?: string;
      expiresOn?: string;
    };
    Licence: {
      state: string;
      licenceType: string;
      number: string;
      disciplines?: (
        'chemistry' | 'hematology' | 'coagulation' | 'urinalysis' | 'immunoassay' | 'blood-gas' | 'molecular'
      )[];
      issuedOn?: string;
      expiresOn: string;
    };
    CompetencyAssessment: {
      /** @enum {string} */
      discipline:
        'chemistry' | 'hematology' | 'coagulation' | 'urinalysis' | 'immunoassay' | 'blood-gas' | 'molecular';
      assessedOn: string;
      assessor: string;
      elements: {
        'direct-observation': boolean;
        'monitoring-reporting': boolean;
        'record-review': boolean;
        'maintenance-observation': boolean;
        'blind-samples': boolean;
        'problem-solving': boolean;
      };
      note?: string;
    };
    CriticalCall: {
      id: string;
      resultId: string;
      accessionNumber: string;
      patient: {
        id: string;
        mrn: string;
        name: string;
      };
      testCode: string;
      value: components['schemas']['ResultValue'];
      unit: string | null;
      /** @enum {string|null} */
      direction: 'low' | 'high' | null;
      limit: number | null;
      limitSource: string | null;
      reason: string;
      detectedAt: string;
      /** @enum {string} */
      status: 'open' | 'completed' | 'grouped';
      minutesOpen: number;
      escalationLevel: number;
      callNow: string | null;
      nextEscalation: {
        level: number;
        role: string;
        dueAt: string;
      } | null;
      notifiedPerson: string | null;
      notifiedRole: string | null;
      readBackConfirmed: boolean;
      completedBy: string | null;
      completedAt: string | null;
      minutesToNotification: number | null;
      groupLeadId: string | null;
      attempts: {
        at: string;
        reached: string;
        role: string | null;
        channel: string;
        outcome: string;
        byUser: string;
      }[];
    };
    PoctDevice: {
      /** @example glucose-meter */
      deviceType: string;
      /** @enum {string} */
      kind: 'professional' | 'patient';
      model: string;
      serialNumber: string;
      /** @example Ward 4 */
      location: string;
      tests: {
        /** @description the code the device sends (its own or a LOINC) */
        deviceCode: string;
        /**
         * @description the catalog test
         * @example GLU
         */
        testCode: string;
      }[];
      active: boolean;
      /** @example GM-WARD4-01 */
      code: string;
      patientId: string | null;
      dataManager: string | null;
      qcIntervalHours: number | null;
      /** @enum {string} */
      qcStatus: 'pass' | 'fail';
      qcCheckedAt: string | null;
      updatedBy: string;
      updatedAt: string;
    };
    PoctDeviceInput: {
      /** @example glucose-meter */
      deviceType: string;
      /** @enum {string} */
      kind: 'professional' | 'patient';
      model: string;
      serialNumber: string;
      /** @example Ward 4 */
      location: string;
      /**
       * Format: uuid
       * @description a patient's own device: whose it is
       */
      patientId?: string;
      /** @description HL7 MSH-3 of its data manager */
      dataManager?: string;
      tests: {
        /** @description the code the device sends (its own or a LOINC) */
        deviceCode: string;
        /**
         * @description the catalog test
         * @example GLU
         */
        testCode: string;
      }[];
      qcIntervalHours?: number;
      active?: boolean;
    };
    PoctOperator: {
      id: string;
      name: string;
      active: boolean;
      certifications: components['schemas']['PoctCertification'][];
    };
    PoctCertification: {
      id: string;
      deviceType: string;
      certifiedOn: string;
      expiresOn: string;
      revokedAt: string | null;
      revokedBy: string | null;
      revokeReason: string | null;
      current: boolean;
    };
    PoctReading: {
      id: string;
      deviceCode: string | null;
      deviceSent: string;
      operatorId: string | null;
      patientId: string | null;
      testCode: string | null;
      codeSent: string;
      value: components['schemas']['ResultValue'];
      unit: string | null;
      observedAt: string;
      patientGenerated: boolean;
      /** @enum {string} */
      channel: 'fhir' | 'hl7';
      /** @enum {string} */
      outcome: 'accepted' | 'refused';
      refusal: string | null;
      resultId: string | null;
      receivedAt: string;
      receivedBy: string;
    };
    PoctNotification: {
      id: string;
      /** @enum {string} */
      kind: 'operator-locked-out' | 'device-locked-out' | 'discordant' | 'unknown-source';
      deviceCode: string | null;
      operatorId: string | null;
      readingId: string | null;
      message: string;
      detail: {
        [key: string]: unknown;
      };
      createdAt: string;
      acknowledgedBy: string | null;
      acknowledgedAt: string | null;
    };
    PoctConcordance: {
      readingId: string;
      deviceCode: string | null;
      patientId: string;
      testCode: string;
      poctValue: number;
      poctAt: string;
      patientGenerated: boolean;
      labResultId: string;
      labValue: number;
      labAt: string;
      accession: string;
      minutesApart: number;
      difference: number;
      allowed?: number;
      discordant: boolean;
    };
    TrainingSession: {
      /** Format: uuid */
      id: string;
      scenario: string;
      trainee: string;
      createdAt: string;
      cases: components['schemas']['TrainingCase'][];
      score: components['schemas']['TrainingScore'];
    };
    TrainingCase: {
      id: string;
      patient: {
        name: string;
        sex: string;
        ageYears: number;
        setting: string;
      };
      specimen: {
        label: string;
        container: string;
        minutesSinceCollection: number;
        serumIndices: {
          hemolysis: number;
          icterus: number;
          lipemia: number;
        } | null;
      };
      results: {
        testCode: string;
        testName: string;
        value: string;
        unit: string | null;
        flag: string | null;
        referenceInterval: string | null;
        instrumentFlags: string[];
        previous: {
          value: string;
          hoursAgo: number;
        } | null;
      }[];
      feedback: components['schemas']['TrainingFeedback'];
    };
    /** @description Shown once the case is decided */
    TrainingFeedback: {
      /** @enum {string} */
      decision: 'release' | 'rerun' | 'reject' | 'call';
      correct: boolean;
      /** @description Correct, or not the best but defensible */
      acceptable: boolean;
      /** @enum {string} */
      expected: 'release' | 'rerun' | 'reject' | 'call';
      /** @description What really happened to the specimen */
      truth: string;
      /** @description The evidence on the screen that gives it away */
      clues: string[];
      /** @description What the decision would have done to the patient */
      consequence: string;
      /** @description What the trainee wrote with the decision */
      comment: string | null;
    } | null;
    TrainingScore: {
      cases: number;
      decided: number;
      correct: number;
      acceptable: number;
      errorsReleased: number;
      needlessHolds: number;
      criticalCases: number;
      criticalsCalled: number;
      byExpected: {
        release: {
          cases: number;
          correct: number;
        };
        rerun: {
          cases: number;
          correct: number;
        };
        reject: {
          cases: number;
          correct: number;
        };
        call: {
          cases: number;
          correct: number;
        };
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
