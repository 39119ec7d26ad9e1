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
    /** Four-eyes, licence state, escalation ladder, grouping window, credential alert days */
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
    /** My training sessions and their scores */
    get: {
      parameters: {
        query?: never;
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
    /** One of my sessions: its cases, feedback on those decided, the score so far */
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
