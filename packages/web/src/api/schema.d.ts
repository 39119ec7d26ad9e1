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
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
