/// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json.
enum OpenAPIDocument {
    static let json = """
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Skillnad API",
            "version": "1",
            "description": "Dataset och rangordnade skillnader mellan grupper. Autentisering med API-nyckel (Bearer). Läsares nycklar ger bara röjandekontrollerade resultat; gruppers värden som döljs har suppressed = true och saknar siffror."
          },
          "servers": [{"url": "/"}],
          "security": [{"bearer": []}],
          "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "En nyckel som administratören skapar under API-nycklar."}},
            "parameters": {
              "id": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}},
              "outcome": {"name": "outcome", "in": "query", "required": true, "description": "Utfallskolumn; upprepa för flera.", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true},
              "by": {"name": "by", "in": "query", "required": true, "description": "Dimension; upprepa för flera.", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true},
              "cross": {"name": "cross", "in": "query", "description": "Korsningsdjup 1–3.", "schema": {"type": "integer", "minimum": 1, "maximum": 3, "default": 1}},
              "period": {"name": "period", "in": "query", "description": "senaste, alla eller en period.", "schema": {"type": "string", "default": "senaste"}}
            },
            "schemas": {
              "Goal": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                "level": {"type": "string", "enum": ["kommunfullmaktige", "kommunstyrelse", "namnd", "forvaltning", "verksamhet", "lag-myndighet"]},
                "owner": {"type": "string"}, "period": {"type": "string"}, "indicators": {"type": "array", "items": {"type": "integer"}},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Goal"}}}},
              "Indicator": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "unit": {"type": "string"},
                "category": {"type": "string"}, "higherIsBetter": {"type": "boolean", "nullable": true}, "goals": {"type": "array", "items": {"type": "integer"}},
                "status": {"type": "string", "enum": ["grön", "gul", "röd", "vit"], "description": "Status mot målet; vit = kan inte bedömas"},
                "trend": {"type": "string", "enum": ["förbättring", "oförändrat", "försämring", "okänd"], "description": "De tre senaste perioderna"},
                "quartile": {"type": "string", "enum": ["bästa", "mittersta", "sämsta", "ingen"], "description": "Bästa när färre än en fjärdedel av jämförelsegruppen har bättre värde, sämsta när färre än en fjärdedel har sämre; lika värden räknas varken som bättre eller sämre"},
                "quartilesBySex": {"type": "object", "nullable": true, "description": "Kvinnornas och männens ruta, var för sig bland jämförelsegruppens kvinnor respektive män samma år", "properties": {"women": {"type": "string", "enum": ["bästa", "mittersta", "sämsta", "ingen"]}, "men": {"type": "string", "enum": ["bästa", "mittersta", "sämsta", "ingen"]}}},
                "comparisonSet": {"type": "object", "nullable": true, "properties": {"name": {"type": "string"}, "size": {"type": "integer"}}},
                "value": {"type": "number", "nullable": true}, "women": {"type": "number", "nullable": true}, "men": {"type": "number", "nullable": true}, "target": {"type": "string", "nullable": true}, "period": {"type": "string", "nullable": true},
                "gap": {"type": "object", "nullable": true, "description": "Kvinnor − män i senaste perioden", "properties": {"estimate": {"type": "number"}, "ciLow": {"type": "number", "nullable": true}, "ciHigh": {"type": "number", "nullable": true}, "trend": {"type": "string", "enum": ["ökar", "minskar", "oförändrad", "okänd"]}}},
                "warnings": {"type": "array", "items": {"type": "string"}},
                "values": {"type": "array", "items": {"type": "object", "properties": {"period": {"type": "string"}, "value": {"type": "number", "nullable": true}, "women": {"type": "number", "nullable": true}, "men": {"type": "number", "nullable": true}, "n": {"type": "number", "nullable": true}}}}}},
              "Error": {"type": "object", "properties": {"error": {"type": "string"}, "message": {"type": "string"}}, "required": ["error", "message"]},
              "Column": {"type": "object", "properties": {"name": {"type": "string"}, "role": {"type": "string"}, "ordered": {"type": "boolean"}, "sensitive": {"type": "boolean"}}},
              "Dataset": {"type": "object", "properties": {
                "id": {"type": "integer"}, "name": {"type": "string"}, "description": {"type": "string"}, "source": {"type": "string"},
                "period": {"type": "string"}, "version": {"type": "integer"}, "rows": {"type": "integer"}, "shape": {"type": "string"},
                "updatedAt": {"type": "integer", "description": "Sekunder sedan 1970."},
                "columns": {"type": "array", "items": {"$ref": "#/components/schemas/Column"}},
                "versions": {"type": "array", "items": {"type": "object", "properties": {"version": {"type": "integer"}, "rows": {"type": "integer"}, "createdAt": {"type": "integer"}}}}
              }, "required": ["id", "name"]},
              "Group": {"type": "object", "properties": {
                "key": {"type": "object", "additionalProperties": {"type": "string"}}, "label": {"type": "string"},
                "n": {"type": "number"}, "count": {"type": "number"}, "estimate": {"type": "number"},
                "ciLow": {"type": "number"}, "ciHigh": {"type": "number"}, "suppressed": {"type": "boolean"}
              }, "required": ["key", "label", "suppressed"]},
              "Difference": {"type": "object", "properties": {
                "id": {"type": "string"}, "rank": {"type": "integer"}, "score": {"type": "number"},
                "scoreComponents": {"type": "object", "properties": {"size": {"type": "number"}, "affected": {"type": "number"}, "evidence": {"type": "number"}, "goal": {"type": "number"}}},
                "outcome": {"type": "string"}, "outcomeKind": {"type": "string", "enum": ["proportion", "mean", "value"]},
                "higherIsBetter": {"type": "boolean"}, "dimensions": {"type": "array", "items": {"type": "string"}},
                "comparison": {"type": "string", "enum": ["twoGroups", "highestVsLowest", "groupVsRest", "trend"]},
                "summary": {"type": "string"}, "period": {"type": "string"}, "test": {"type": "string"}, "testName": {"type": "string"},
                "statistic": {"type": "number"}, "pValue": {"type": "number"}, "qValue": {"type": "number"},
                "estimate": {"type": "number"}, "ciLow": {"type": "number"}, "ciHigh": {"type": "number"},
                "ratio": {"type": "number"}, "ratioLow": {"type": "number"}, "ratioHigh": {"type": "number"},
                "excessCount": {"type": "number"}, "affected": {"type": "number"}, "betterGroup": {"type": "string"}, "worseGroup": {"type": "string"},
                "groups": {"type": "array", "items": {"$ref": "#/components/schemas/Group"}}, "notes": {"type": "array", "items": {"type": "string"}}
              }, "required": ["id", "rank", "score", "outcome", "dimensions", "comparison", "estimate", "groups"]},
              "ScanResult": {"type": "object", "properties": {
                "formatVersion": {"type": "integer"}, "source": {"type": "string"}, "shape": {"type": "string"},
                "dimensions": {"type": "array", "items": {"type": "string"}}, "crossDepth": {"type": "integer"}, "threshold": {"type": "integer"},
                "disclosureControlled": {"type": "boolean"}, "published": {"type": "boolean", "description": "protected for publication by the dataset's linked pattern (always for readers)"}, "period": {"type": "string"},
                "differences": {"type": "array", "items": {"$ref": "#/components/schemas/Difference"}},
                "tables": {"type": "array", "items": {"type": "object"}}, "suppressedComparisons": {"type": "array", "items": {"type": "object"}},
                "notes": {"type": "array", "items": {"type": "string"}}, "outcomes": {"type": "array", "items": {"type": "object"}}
              }}
            },
            "responses": {
              "Unauthorized": {"description": "Nyckel saknas eller är ogiltig.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "NotFound": {"description": "Finns inte.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "BadRequest": {"description": "Felaktig begäran.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          },
          "paths": {
            "/api/v1/goals": {"get": {"summary": "Målträdet: mål med delmål och de indikatorer som följer upp dem", "operationId": "listGoals",
              "responses": {"200": {"description": "Målen", "content": {"application/json": {"schema": {"type": "object", "properties": {"goals": {"type": "array", "items": {"$ref": "#/components/schemas/Goal"}}}}}}},
                            "401": {"$ref": "#/components/responses/Unauthorized"}}}},
            "/api/v1/indicators": {"get": {"summary": "Alla indikatorer med status, trend, kvartil och skillnaden kvinnor–män", "operationId": "listIndicators",
              "responses": {"200": {"description": "Indikatorerna", "content": {"application/json": {"schema": {"type": "object", "properties": {"indicators": {"type": "array", "items": {"$ref": "#/components/schemas/Indicator"}}}}}}},
                            "401": {"$ref": "#/components/responses/Unauthorized"}}}},
            "/api/v1/indicators/{id}": {"get": {"summary": "En indikator med signaler och värden per period", "operationId": "getIndicator",
              "parameters": [{"$ref": "#/components/parameters/id"}],
              "responses": {"200": {"description": "Indikatorn", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Indicator"}}}},
                            "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/api/v1/datasets": {"get": {"summary": "Alla dataset", "operationId": "listDatasets",
              "responses": {"200": {"description": "Dataset", "content": {"application/json": {"schema": {"type": "object", "properties": {"datasets": {"type": "array", "items": {"$ref": "#/components/schemas/Dataset"}}}}}}},
                            "401": {"$ref": "#/components/responses/Unauthorized"}}}},
            "/api/v1/datasets/{id}": {"get": {"summary": "Ett dataset med kolumner och versioner", "operationId": "getDataset",
              "parameters": [{"$ref": "#/components/parameters/id"}],
              "responses": {"200": {"description": "Datasetet", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Dataset"}}}},
                            "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/api/v1/datasets/{id}/scan": {"get": {"summary": "Skanning: rangordnade skillnader och publicerade tabeller", "operationId": "scanDataset",
              "parameters": [{"$ref": "#/components/parameters/id"}, {"$ref": "#/components/parameters/outcome"}, {"$ref": "#/components/parameters/by"}, {"$ref": "#/components/parameters/cross"}, {"$ref": "#/components/parameters/period"}],
              "responses": {"200": {"description": "Resultatet", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ScanResult"}}}},
                            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/api/v1/datasets/{id}/differences": {"get": {"summary": "Bara de rangordnade skillnaderna", "operationId": "listDifferences",
              "parameters": [{"$ref": "#/components/parameters/id"}, {"$ref": "#/components/parameters/outcome"}, {"$ref": "#/components/parameters/by"}, {"$ref": "#/components/parameters/cross"}, {"$ref": "#/components/parameters/period"}],
              "responses": {"200": {"description": "Skillnaderna", "content": {"application/json": {"schema": {"type": "object", "properties": {
                "dataset": {"type": "integer"}, "disclosureControlled": {"type": "boolean"}, "published": {"type": "boolean"}, "threshold": {"type": "integer"},
                "differences": {"type": "array", "items": {"$ref": "#/components/schemas/Difference"}}}}}}},
                            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/api/v1/openapi.json": {"get": {"summary": "Det här dokumentet", "security": [], "operationId": "openapi", "responses": {"200": {"description": "OpenAPI"}}}}
          }
        }
        """
}
