<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>the file has no name</source>
        <translation>el archivo no tiene nombre</translation>
    </message>
    <message>
        <source>the attachment no longer exists</source>
        <translation>el archivo adjunto ya no existe</translation>
    </message>
    <message>
        <source>the stored file is damaged (its SHA-256 does not match)</source>
        <translation>el archivo almacenado está dañado (su SHA-256 no coincide)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Created %1 (schema %2)</source>
        <translation>Se creó %1 (esquema %2)</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>versión del esquema %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1</source>
        <translation>
            <numerusform>se encontró %n problema en %1</numerusform>
            <numerusform>se encontraron %n problemas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>integrity ok; foreign keys ok</source>
        <translation>integridad correcta; claves foráneas correctas</translation>
    </message>
    <message>
        <source>list needs one of: %1</source>
        <translation>list requiere uno de: %1</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;; choose one of: %2</source>
        <translation>entidad desconocida &quot;%1&quot;; elija una de: %2</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose table, csv or json</source>
        <translation>formato desconocido &quot;%1&quot;; elija table, csv o json</translation>
    </message>
    <message>
        <source>Presidency Desk: the desk of the Presidency Pro-Tempore of a regional conference on migration.

Verbs:
  init [--empty]                   create a database (the RCM data unless --empty)
  check                            check integrity and foreign keys
  list ENTITY [--format F]         print meetings, activities, documents, consultations,
                                   decisions, contributions or parties</source>
        <translation>Presidency Desk: la mesa de trabajo de la Presidencia Pro Tempore de una conferencia regional sobre migración.

Órdenes:
  init [--empty]                   crea una base de datos (los datos de la CRM, salvo con --empty)
  check                            comprueba la integridad y las claves foráneas
  list ENTITY [--format F]         imprime meetings, activities, documents, consultations,
                                   decisions, contributions o parties</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>El archivo de la base de datos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>With init: create an empty database.</source>
        <translation>Con init: crea una base de datos vacía.</translation>
    </message>
    <message>
        <source>With list: table, csv or json.</source>
        <translation>Con list: table, csv o json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>init, check or list</source>
        <translation>init, check o list</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;; see --help</source>
        <translation>orden desconocida &quot;%1&quot;; consulte --help</translation>
    </message>
    <message>
        <source>no verb given; see --help</source>
        <translation>no se indicó ninguna orden; consulte --help</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use en or es</source>
        <translation>idioma desconocido &quot;%1&quot;; use en o es</translation>
    </message>
    <message>
        <source>The language of messages: en or es (default: the system&apos;s).</source>
        <translation>El idioma de los mensajes: en o es (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
</context>
<context>
    <name>ConclusionsImport</name>
    <message>
        <source>The directory has no party “%1”; it was left out.</source>
        <translation>El directorio no tiene ningún país u organización “%1”; se omitió.</translation>
    </message>
    <message>
        <source>Import conclusions of %1, %2</source>
        <translation>Importar las conclusiones de %1, %2</translation>
    </message>
    <message>
        <source>Import conclusions of %1</source>
        <translation>Importar las conclusiones de %1</translation>
    </message>
    <message>
        <source>%1 already has a different Spanish text; it was kept, and the text read was left out.</source>
        <translation>%1 ya tiene un texto en español distinto; se conservó y se omitió el texto leído.</translation>
    </message>
    <message>
        <source>%1 already has a different English text; it was kept, and the text read was left out.</source>
        <translation>%1 ya tiene un texto en inglés distinto; se conservó y se omitió el texto leído.</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>La reunión</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>La conclusión %1</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>La actividad %1</translation>
    </message>
    <message>
        <source>Document “%1”</source>
        <translation>El documento “%1”</translation>
    </message>
</context>
<context>
    <name>ConclusionsParser</name>
    <message>
        <source>The meeting&apos;s body (RCGM, Vice-Ministerial, …) was not recognized.</source>
        <translation>No se reconoció el órgano de la reunión (GRCM, Viceministerial, …).</translation>
    </message>
    <message>
        <source>No meeting date was found in the opening paragraph.</source>
        <translation>No se encontró la fecha de la reunión en el párrafo inicial.</translation>
    </message>
    <message>
        <source>No participating countries were found in the opening paragraph.</source>
        <translation>No se encontraron países participantes en el párrafo inicial.</translation>
    </message>
    <message>
        <source>Number %1 appears more than once; this one is kept as %2.</source>
        <translation>El número %1 aparece más de una vez; este se conserva como %2.</translation>
    </message>
    <message>
        <source>This text before the first conclusion was not placed.</source>
        <translation>Este texto, anterior a la primera conclusión, no se incorporó.</translation>
    </message>
    <message>
        <source>This item comes before any numbered conclusion; it was not placed.</source>
        <translation>Este punto aparece antes de cualquier conclusión numerada; no se incorporó.</translation>
    </message>
    <message>
        <source>Item “%1” is out of sequence: “%2” was expected.</source>
        <translation>El punto “%1” está fuera de secuencia: se esperaba “%2”.</translation>
    </message>
    <message>
        <source>The heading “%1” names no known working group; its items are kept without one.</source>
        <translation>El encabezado “%1” no corresponde a ningún grupo de trabajo conocido; sus puntos se conservan sin grupo de trabajo.</translation>
    </message>
    <message>
        <source>This text was not placed under any conclusion.</source>
        <translation>Este texto no se incorporó a ninguna conclusión.</translation>
    </message>
    <message>
        <source>No numbered conclusions were found.</source>
        <translation>No se encontraron conclusiones numeradas.</translation>
    </message>
    <message>
        <source>Conclusion %1 gives a deadline whose date could not be read.</source>
        <translation>La conclusión %1 indica un plazo cuya fecha no se pudo leer.</translation>
    </message>
    <message>
        <source>“%1” (item %2) is not a known party; add it to the directory or name it as the directory does.</source>
        <translation>“%1” (punto %2) no es un país u organización conocido; agréguelo al directorio o escriba su nombre tal como figura en el directorio.</translation>
    </message>
    <message>
        <source>Conclusion %1 asks for more time to consult, but names no document in quotation marks.</source>
        <translation>La conclusión %1 solicita más tiempo para realizar consultas, pero no menciona ningún documento entre comillas.</translation>
    </message>
    <message>
        <source>Conclusion %1 asks for more time to consult, but no country asking for it was recognized.</source>
        <translation>La conclusión %1 solicita más tiempo para realizar consultas, pero no se reconoció ningún país que lo solicite.</translation>
    </message>
    <message>
        <source>Needs more time to consult internally prior to approval (conclusion %1).</source>
        <translation>Requiere más tiempo para realizar consultas internas antes de la aprobación (conclusión %1).</translation>
    </message>
</context>
<context>
    <name>ConsensusRules</name>
    <message>
        <source>No member countries</source>
        <translation>Sin países miembros</translation>
    </message>
    <message>
        <source>%1 of %2 no objection</source>
        <translation>%1 de %2 sin objeción</translation>
    </message>
    <message numerus="yes">
        <source>%n objecting</source>
        <translation>
            <numerusform>%n objeta</numerusform>
            <numerusform>%n objetan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with comments</source>
        <translation>
            <numerusform>%n con observaciones</numerusform>
            <numerusform>%n con observaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more time</source>
        <translation>
            <numerusform>%n solicita más tiempo</numerusform>
            <numerusform>%n solicitan más tiempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>The database file to open.</source>
        <translation>El archivo de la base de datos que se abrirá.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Create an empty database.</source>
        <translation>Crea una base de datos vacía.</translation>
    </message>
    <message>
        <source>Presidency Desk</source>
        <translation>Presidency Desk</translation>
    </message>
    <message>
        <source>The interface language: en or es.</source>
        <translation>El idioma de la interfaz: en o es.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use en or es.</source>
        <translation>Idioma desconocido “%1”; use en o es.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Organización internacional</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Academic institution</source>
        <translation>Institución académica</translation>
    </message>
    <message>
        <source>Regional framework</source>
        <translation>Marco regional</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Regional Consultation Group</source>
        <translation>Grupo Regional de Consulta</translation>
    </message>
    <message>
        <source>Vice-Ministerial meeting</source>
        <translation>Reunión Viceministerial</translation>
    </message>
    <message>
        <source>Joint plenary</source>
        <translation>Plenaria conjunta</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Congreso</translation>
    </message>
    <message>
        <source>Technical exchange</source>
        <translation>Intercambio técnico</translation>
    </message>
    <message>
        <source>Bilateral or trilateral meeting</source>
        <translation>Reunión bilateral o trilateral</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Presidency Pro-Tempore</source>
        <translation>Presidencia Pro Tempore</translation>
    </message>
    <message>
        <source>Incoming presidency</source>
        <translation>Presidencia entrante</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluida</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Lineamientos</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Under consultation</source>
        <translation>En consulta</translation>
    </message>
    <message>
        <source>Recommended for approval</source>
        <translation>Recomendado para su aprobación</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>More time requested</source>
        <translation>Se solicitó más tiempo</translation>
    </message>
    <message>
        <source>No objection</source>
        <translation>Sin objeción</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objeción</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Agradecer</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>Instar</translation>
    </message>
    <message>
        <source>Take note</source>
        <translation>Tomar nota</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Recomendar</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Encourage</source>
        <translation>Alentar</translation>
    </message>
    <message>
        <source>Congratulate</source>
        <translation>Felicitar</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Acoger con beneplácito</translation>
    </message>
    <message>
        <source>Recognize</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <source>Call for</source>
        <translation>Hacer un llamado</translation>
    </message>
    <message>
        <source>Initiate</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitar</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <source>Reiterate</source>
        <translation>Reiterar</translation>
    </message>
    <message>
        <source>No follow-up needed</source>
        <translation>No requiere seguimiento</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplida</translation>
    </message>
</context>
<context>
    <name>HandoverBriefing</name>
    <message>
        <source>cannot write the handover briefing</source>
        <translation>no se puede escribir la nota de traspaso</translation>
    </message>
</context>
<context>
    <name>HandoverExport</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
</context>
<context>
    <name>HandoverImport</name>
    <message>
        <source>the package has no manifest.json</source>
        <translation>el paquete no contiene manifest.json</translation>
    </message>
    <message>
        <source>cannot read the staged manifest.json</source>
        <translation>no se puede leer el manifest.json extraído</translation>
    </message>
    <message>
        <source>the package&apos;s database has schema %1; this program knows up to %2</source>
        <translation>la base de datos del paquete tiene el esquema %1; este programa admite hasta el %2</translation>
    </message>
    <message>
        <source>database.sqlite has schema %1 but manifest.json says %2</source>
        <translation>database.sqlite tiene el esquema %1, pero manifest.json indica %2</translation>
    </message>
    <message>
        <source>the incoming presidency &quot;%1&quot; is not a country in database.sqlite</source>
        <translation>la presidencia entrante &quot;%1&quot; no es un país de database.sqlite</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: not listed in manifest.json</source>
        <translation>entrada &quot;%1&quot;: no figura en manifest.json</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2 bytes, but manifest.json says %3</source>
        <translation>entrada &quot;%1&quot;: %2 bytes, pero manifest.json indica %3</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: its SHA-256 differs from manifest.json&apos;s</source>
        <translation>entrada &quot;%1&quot;: su SHA-256 difiere del indicado en manifest.json</translation>
    </message>
    <message>
        <source>manifest.json lists &quot;%1&quot;, which the package does not hold</source>
        <translation>manifest.json incluye &quot;%1&quot;, que no está en el paquete</translation>
    </message>
    <message>
        <source>the package has no database.sqlite</source>
        <translation>el paquete no contiene database.sqlite</translation>
    </message>
    <message>
        <source>database.sqlite: the attachment &quot;%1&quot; is damaged (its SHA-256 does not match)</source>
        <translation>database.sqlite: el archivo adjunto &quot;%1&quot; está dañado (su SHA-256 no coincide)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: no attachment in database.sqlite matches it</source>
        <translation>entrada &quot;%1&quot;: no coincide con ningún archivo adjunto de database.sqlite</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: differs from its attachment in database.sqlite (size or SHA-256)</source>
        <translation>entrada &quot;%1&quot;: difiere de su archivo adjunto en database.sqlite (tamaño o SHA-256)</translation>
    </message>
    <message>
        <source>database.sqlite holds the attachment &quot;%1&quot;, which the package does not</source>
        <translation>database.sqlite contiene el archivo adjunto &quot;%1&quot;, que no está en el paquete</translation>
    </message>
    <message>
        <source>cannot copy the snapshot in the staging folder</source>
        <translation>no se puede copiar la base de datos del paquete en la carpeta temporal de extracción</translation>
    </message>
    <message>
        <source>database.sqlite cannot be migrated from schema %1: %2</source>
        <translation>database.sqlite no se puede migrar desde el esquema %1: %2</translation>
    </message>
    <message>
        <source>the database names no conference, so no presidency can be made current</source>
        <translation>la base de datos no indica ninguna conferencia, por lo que no se puede establecer ninguna presidencia en ejercicio</translation>
    </message>
    <message>
        <source>the incoming presidency &quot;%1&quot; is not a country of the database</source>
        <translation>la presidencia entrante &quot;%1&quot; no es un país de la base de datos</translation>
    </message>
    <message>
        <source>handover from %1</source>
        <translation>traspaso de %1</translation>
    </message>
    <message>
        <source>the package has not been verified</source>
        <translation>el paquete no se ha verificado</translation>
    </message>
    <message>
        <source>%1 already exists; a new database needs a new file</source>
        <translation>%1 ya existe; una nueva base de datos requiere un archivo nuevo</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>la carpeta de %1 no existe</translation>
    </message>
    <message>
        <source>cannot write in the folder of %1</source>
        <translation>no se puede escribir en la carpeta de %1</translation>
    </message>
    <message>
        <source>cannot create %1 (did it appear meanwhile?)</source>
        <translation>no se puede crear %1 (¿apareció mientras tanto?)</translation>
    </message>
</context>
<context>
    <name>HandoverManifest</name>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a whole number of 0 or more</source>
        <translation>un número entero igual o mayor que 0</translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; must be %2</source>
        <translation>manifest.json: &quot;%1&quot; debe ser %2</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON: %1 at offset %2</source>
        <translation>manifest.json no es un JSON válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json no es un objeto JSON</translation>
    </message>
    <message>
        <source>manifest.json is not a Presidency Desk handover manifest</source>
        <translation>manifest.json no es un manifiesto de traspaso de Presidency Desk</translation>
    </message>
    <message>
        <source>manifest.json has format version %1; this program reads version %2</source>
        <translation>manifest.json tiene la versión de formato %1; este programa lee la versión %2</translation>
    </message>
    <message>
        <source>a whole number of 1 or more</source>
        <translation>un número entero igual o mayor que 1</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation>una fecha y hora (ISO 8601)</translation>
    </message>
    <message>
        <source>the incoming presidency&apos;s country code</source>
        <translation>el código del país de la presidencia entrante</translation>
    </message>
    <message>
        <source>a file name</source>
        <translation>un nombre de archivo</translation>
    </message>
    <message>
        <source>64 lower-case hexadecimal digits</source>
        <translation>64 dígitos hexadecimales en minúsculas</translation>
    </message>
    <message>
        <source>manifest.json lists itself among the files</source>
        <translation>manifest.json se incluye a sí mismo entre los archivos</translation>
    </message>
    <message>
        <source>manifest.json lists &quot;%1&quot; twice</source>
        <translation>manifest.json incluye &quot;%1&quot; dos veces</translation>
    </message>
</context>
<context>
    <name>HandoverText</name>
    <message>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>actividades</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>consultas</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>conclusiones</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contribuciones</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>países y organizaciones</translation>
    </message>
    <message>
        <source>focal points</source>
        <translation>puntos focales</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>archivos adjuntos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 kept (changed here only), %5 in conflict</source>
        <translation>%1 agregados, %2 actualizados, %3 sin cambios, %4 conservados (modificados solo aquí), %5 en conflicto</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <source>Personal data of focal points: included</source>
        <translation>Datos personales de los puntos focales: incluidos</translation>
    </message>
    <message>
        <source>Personal data of focal points: left out</source>
        <translation>Datos personales de los puntos focales: omitidos</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
</context>
<context>
    <name>HandoverVerb</name>
    <message>
        <source>With handover export: leave out the focal points marked as personal data.</source>
        <translation>Con handover export: omitir los puntos focales marcados como datos personales.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>handover export needs the incoming presidency: --to COUNTRY</source>
        <translation>handover export requiere la presidencia entrante: --to PAÍS</translation>
    </message>
    <message>
        <source>handover export needs an output file: -o PACKAGE.zip</source>
        <translation>handover export requiere un archivo de salida: -o PAQUETE.zip</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;; give a member country&apos;s ISO code or name</source>
        <translation>país desconocido &quot;%1&quot;; indique el código ISO o el nombre de un país miembro</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n file(s)) for %2</source>
        <translation>
            <numerusform>Se escribió %1 (%n archivo) para %2</numerusform>
            <numerusform>Se escribió %1 (%n archivos) para %2</numerusform>
        </translation>
    </message>
    <message>
        <source>  handover export --to COUNTRY -o PACKAGE.zip [--exclude-personal-data]
                                   write the handover package for the incoming presidency
  handover import PACKAGE.zip --new | --merge
                                   check a handover package, then create the --db file from it
                                   (--new) or merge it into the --db file by uid (--merge)</source>
        <translation>  handover export --to PAÍS -o PAQUETE.zip [--exclude-personal-data]
                                   escribe el paquete de traspaso para la presidencia entrante
  handover import PAQUETE.zip --new | --merge
                                   verifica un paquete de traspaso y luego crea a partir de él el
                                   archivo --db (--new) o lo fusiona con el archivo --db por uid (--merge)</translation>
    </message>
    <message>
        <source>With handover import: create the database file (it must not exist).</source>
        <translation>Con handover import: crea el archivo de la base de datos (no debe existir).</translation>
    </message>
    <message>
        <source>With handover import: merge into the existing database file.</source>
        <translation>Con handover import: fusiona el paquete con el archivo de la base de datos existente.</translation>
    </message>
    <message>
        <source>handover import needs one package: handover import PACKAGE.zip --new | --merge</source>
        <translation>handover import requiere un paquete: handover import PAQUETE.zip --new | --merge</translation>
    </message>
    <message>
        <source>handover import needs either --new or --merge</source>
        <translation>handover import requiere --new o --merge</translation>
    </message>
    <message>
        <source>%1 already exists; --new creates a new file</source>
        <translation>%1 ya existe; --new crea un archivo nuevo</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 se rechazó: %2</translation>
    </message>
    <message>
        <source>%1 not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 from %2: %n record(s) added; current presidency: %3</source>
        <translation>
            <numerusform>Se creó %1 a partir de %2: se agregó %n registro; presidencia en ejercicio: %3</numerusform>
            <numerusform>Se creó %1 a partir de %2: se agregaron %n registros; presidencia en ejercicio: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %6 into %7: %1 added, %2 updated, %3 unchanged, %4 kept (changed here only), %5 conflicts; current presidency: %8</source>
        <translation>Se fusionó %6 con %7: %1 agregados, %2 actualizados, %3 sin cambios, %4 conservados (modificados solo aquí), %5 conflictos; presidencia en ejercicio: %8</translation>
    </message>
    <message>
        <source>conflict: %1 %2: %3</source>
        <translation>conflicto: %1 %2: %3</translation>
    </message>
    <message>
        <source>handover needs: export or import</source>
        <translation>handover requiere: export o import</translation>
    </message>
    <message>
        <source>With handover export: the languages of briefing.pdf, en, es or both (default: both).</source>
        <translation>Con handover export: los idiomas de briefing.pdf, en, es o both (predeterminado: both).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use en, es or both</source>
        <translation>idioma desconocido &quot;%1&quot;; use en, es o both</translation>
    </message>
</context>
<context>
    <name>IcsImport</name>
    <message>
        <source>Import calendar %1</source>
        <translation>Importar el calendario %1</translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>event %1: %2</source>
        <translation>evento %1: %2</translation>
    </message>
    <message>
        <source>event %1 has no UID</source>
        <translation>el evento %1 no tiene UID</translation>
    </message>
    <message>
        <source>event %1 has no valid DTSTART</source>
        <translation>el evento %1 no tiene un DTSTART válido</translation>
    </message>
    <message>
        <source>more than %1 events</source>
        <translation>más de %1 eventos</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>no es un archivo de texto</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>no es un archivo iCalendar (falta BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>not an iCalendar file</source>
        <translation>no es un archivo iCalendar</translation>
    </message>
    <message>
        <source>not an iCalendar file (no VCALENDAR)</source>
        <translation>no es un archivo iCalendar (falta VCALENDAR)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a calendar file</source>
        <translation>%1 es demasiado grande para un archivo de calendario</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>IcsVerb</name>
    <message numerus="yes">
        <source>note: %n recurring event(s) read as their first occurrence</source>
        <translation>
            <numerusform>nota: %n evento recurrente se leyó como su primera ocurrencia</numerusform>
            <numerusform>nota: %n eventos recurrentes se leyeron como su primera ocurrencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: %n changed occurrence(s) of recurring events left out</source>
        <translation>
            <numerusform>nota: se omitió %n ocurrencia modificada de eventos recurrentes</numerusform>
            <numerusform>nota: se omitieron %n ocurrencias modificadas de eventos recurrentes</numerusform>
        </translation>
    </message>
    <message>
        <source>  export ics -o FILE.ics             write the calendar (meetings, dated activities) as iCalendar
  import ics FILE.ics [--dry-run]    read an iCalendar file&apos;s events into meetings, by UID</source>
        <translation>  export ics -o ARCHIVO.ics          escribe el calendario (reuniones, actividades con fecha) como iCalendar
  import ics ARCHIVO.ics [--dry-run] lee los eventos de un archivo iCalendar como reuniones, por UID</translation>
    </message>
    <message>
        <source>export needs: ics -o FILE.ics</source>
        <translation>export requiere: ics -o ARCHIVO.ics</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export ics needs an output file: -o FILE.ics</source>
        <translation>export ics requiere un archivo de salida: -o ARCHIVO.ics</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n event(s))</source>
        <translation>
            <numerusform>Se escribió %1 (%n evento)</numerusform>
            <numerusform>Se escribió %1 (%n eventos)</numerusform>
        </translation>
    </message>
    <message>
        <source>import ics needs a calendar file: import ics FILE.ics</source>
        <translation>import ics requiere un archivo de calendario: import ics ARCHIVO.ics</translation>
    </message>
    <message>
        <source>%1 not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message>
        <source>Would import %1: %2 added, %3 updated, %4 unchanged, %5 kept (older SEQUENCE), %6 activity events left alone</source>
        <translation>Se importaría %1: %2 agregados, %3 actualizados, %4 sin cambios, %5 conservados (SEQUENCE anterior), %6 eventos de actividades sin tocar</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged, %5 kept (older SEQUENCE), %6 activity events left alone</source>
        <translation>Se importó %1: %2 agregados, %3 actualizados, %4 sin cambios, %5 conservados (SEQUENCE anterior), %6 eventos de actividades sin tocar</translation>
    </message>
</context>
<context>
    <name>ImportVerb</name>
    <message>
        <source>warning: line %1: %2</source>
        <translation>advertencia: línea %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Would add %1 meeting(s), %2 decision(s), %3 activity(ies), %4 document(s); already present: %5</source>
        <translation>Se agregarían %1 reunión(es), %2 conclusión(es), %3 actividad(es), %4 documento(s); ya existentes: %5</translation>
    </message>
    <message>
        <source>Added %1 meeting(s), %2 decision(s), %3 activity(ies), %4 document(s); already present: %5</source>
        <translation>Se agregaron %1 reunión(es), %2 conclusión(es), %3 actividad(es), %4 documento(s); ya existentes: %5</translation>
    </message>
    <message>
        <source>Meeting: %1 (%2), %3 to %4, %5 %6</source>
        <translation>Reunión: %1 (%2), del %3 al %4, %5 %6</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Participantes: %1</translation>
    </message>
    <message>
        <source>%1 conclusion(s), %2 decision(s) with their sub-items, %3 activity(ies), %4 document(s)</source>
        <translation>%1 conclusión(es) (%2 con sus subpuntos), %3 actividad(es), %4 documento(s)</translation>
    </message>
    <message>
        <source>  import conclusions FILE.txt [--lang auto|en|es] [--dry-run] [--format table|json]
                                   read a meeting&apos;s conclusions into the register</source>
        <translation>  import conclusions ARCHIVO.txt [--lang auto|en|es] [--dry-run] [--format table|json]
                                   lee las conclusiones de una reunión y las incorpora al registro</translation>
    </message>
    <message>
        <source>With import: write nothing, print what was read.</source>
        <translation>Con import: no escribe nada; imprime lo que se leyó.</translation>
    </message>
    <message>
        <source>import needs: conclusions FILE.txt</source>
        <translation>import requiere: conclusions ARCHIVO.txt</translation>
    </message>
    <message>
        <source>import conclusions needs a text file: import conclusions FILE.txt</source>
        <translation>import conclusions requiere un archivo de texto: import conclusions ARCHIVO.txt</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use auto, en or es</source>
        <translation>idioma desconocido &quot;%1&quot;; use auto, en o es</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose table or json</source>
        <translation>formato desconocido &quot;%1&quot;; elija table o json</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a conclusions text</source>
        <translation>%1 es demasiado grande para un texto de conclusiones</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file</source>
        <translation>%1 no es un archivo de texto UTF-8</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>no numbered conclusions found in %1; nothing was imported</source>
        <translation>no se encontraron conclusiones numeradas en %1; no se importó nada</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>present</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>adds text</source>
        <translation>agrega texto</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Actividad %1: %2</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message numerus="yes">
        <source>Would add the text in the language read to %n record(s) already present</source>
        <translation>
            <numerusform>Se añadiría el texto en el idioma leído a %n registro ya presente</numerusform>
            <numerusform>Se añadiría el texto en el idioma leído a %n registros ya presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added the text in the language read to %n record(s) already present</source>
        <translation>
            <numerusform>Se añadió el texto en el idioma leído a %n registro ya presente</numerusform>
            <numerusform>Se añadió el texto en el idioma leído a %n registros ya presentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDatabase</name>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 ya existe; elija un archivo nuevo</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>the name holds a control character</source>
        <translation>el nombre contiene un carácter de control</translation>
    </message>
    <message>
        <source>the name holds a backslash</source>
        <translation>el nombre contiene una barra invertida</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>la ruta es absoluta</translation>
    </message>
    <message>
        <source>the path starts with a drive letter</source>
        <translation>la ruta comienza con una letra de unidad</translation>
    </message>
    <message>
        <source>the path has a &quot;..&quot; component</source>
        <translation>la ruta tiene un componente &quot;..&quot;</translation>
    </message>
    <message>
        <source>the path has an empty or &quot;.&quot; component</source>
        <translation>la ruta tiene un componente vacío o &quot;.&quot;</translation>
    </message>
    <message>
        <source>not a file a handover package holds</source>
        <translation>no es un archivo propio de un paquete de traspaso</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>entrada &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>cannot create a temporary staging folder: %1</source>
        <translation>no se puede crear una carpeta temporal de extracción: %1</translation>
    </message>
    <message>
        <source>%1 is not a zip file (error %2)</source>
        <translation>%1 no es un archivo zip (error %2)</translation>
    </message>
    <message>
        <source>the package has %1 entries; at most %2 are allowed</source>
        <translation>el paquete tiene %1 entradas; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the package has more than %1 entries</source>
        <translation>el paquete tiene más de %1 entradas</translation>
    </message>
    <message>
        <source>the name occurs twice in the package (ignoring case)</source>
        <translation>el nombre aparece dos veces en el paquete (sin distinguir mayúsculas de minúsculas)</translation>
    </message>
    <message>
        <source>%1: the zip&apos;s directory cannot be read (error %2)</source>
        <translation>%1: no se puede leer el directorio del zip (error %2)</translation>
    </message>
    <message>
        <source>entry %1: its header cannot be read</source>
        <translation>entrada %1: no se puede leer su encabezado</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>es un enlace simbólico</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>está cifrada</translation>
    </message>
    <message>
        <source>compressed with an unsupported method (%1)</source>
        <translation>está comprimida con un método no admitido (%1)</translation>
    </message>
    <message>
        <source>cannot be opened (error %1)</source>
        <translation>no se puede abrir (error %1)</translation>
    </message>
    <message>
        <source>cannot write the staging folder: %1</source>
        <translation>no se puede escribir en la carpeta temporal de extracción: %1</translation>
    </message>
    <message>
        <source>cannot be inflated (error %1)</source>
        <translation>no se puede descomprimir (error %1)</translation>
    </message>
    <message>
        <source>larger than the %1-byte limit for one file</source>
        <translation>supera el límite de %1 bytes por archivo</translation>
    </message>
    <message>
        <source>the package inflates past its %1-byte limit</source>
        <translation>el paquete descomprimido supera su límite de %1 bytes</translation>
    </message>
    <message>
        <source>inflates more than %1 times its compressed size (a zip bomb?)</source>
        <translation>al descomprimirse ocupa más de %1 veces su tamaño comprimido (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>larger than the %1-byte limit for a manifest</source>
        <translation>supera el límite de %1 bytes para un manifiesto</translation>
    </message>
    <message>
        <source>damaged: its CRC does not match (error %1)</source>
        <translation>está dañada: su CRC no coincide (error %1)</translation>
    </message>
    <message>
        <source>its size (%1 bytes) differs from the zip header&apos;s (%2)</source>
        <translation>su tamaño (%1 bytes) difiere del que indica el encabezado del zip (%2)</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>cannot write %1 into %2</source>
        <translation>no se puede escribir %1 en %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: error %2</source>
        <translation>no se puede escribir %1: error %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
</context>
<context>
    <name>PrintVerb</name>
    <message>
        <source>With print: the file to write, .pdf or .odt (print agenda UID, calendar --from --to, consultations, decisions [UID]).</source>
        <translation>Con print: el archivo que se escribirá, .pdf u .odt (print agenda UID, calendar --from --to, consultations, decisions [UID]).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>With print: a4 or letter.</source>
        <translation>Con print: a4 o letter.</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papel</translation>
    </message>
    <message>
        <source>With print calendar: the first day (YYYY-MM-DD).</source>
        <translation>Con print calendar: el primer día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>With print calendar: the last day (YYYY-MM-DD).</source>
        <translation>Con print calendar: el último día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>With print agenda: leave out the participants.</source>
        <translation>Con print agenda: omite los participantes.</translation>
    </message>
    <message>
        <source>With print calendar: also list the activities not yet scheduled.</source>
        <translation>Con print calendar: incluye también las actividades aún no programadas.</translation>
    </message>
    <message>
        <source>print needs one of: %1</source>
        <translation>print requiere uno de: %1</translation>
    </message>
    <message>
        <source>print agenda needs the meeting&apos;s uid</source>
        <translation>print agenda requiere el uid de la reunión</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use en, es or both</source>
        <translation>idioma desconocido &quot;%1&quot;; use en, es o both</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;; use a4 or letter</source>
        <translation>papel desconocido &quot;%1&quot;; use a4 o letter</translation>
    </message>
    <message>
        <source>print needs an output file: -o FILE.pdf or -o FILE.odt</source>
        <translation>print requiere un archivo de salida: -o ARCHIVO.pdf o -o ARCHIVO.odt</translation>
    </message>
    <message>
        <source>cannot tell the format of %1; name it .pdf or .odt</source>
        <translation>no se puede determinar el formato de %1; asígnele la extensión .pdf u .odt</translation>
    </message>
    <message>
        <source>print calendar needs --from and --to as dates (YYYY-MM-DD)</source>
        <translation>print calendar requiere --from y --to como fechas (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 es anterior a --from %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>unknown %1 &quot;%2&quot; in the profile</source>
        <translation>en el perfil no se reconoce %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; for %2 in the profile</source>
        <translation>valor &quot;%1&quot; desconocido para %2 en el perfil</translation>
    </message>
    <message>
        <source>cannot read the profile %1</source>
        <translation>no se puede leer el perfil %1</translation>
    </message>
    <message>
        <source>the profile is not valid JSON: %1</source>
        <translation>el perfil no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>the profile has an unknown format</source>
        <translation>el perfil tiene un formato desconocido</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Dates to be determined</source>
        <translation>Fechas por determinar</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>Presenta: %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>no meeting with uid &quot;%1&quot;</source>
        <translation>no hay ninguna reunión con el uid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Presidency Pro-Tempore: %1</source>
        <translation>Presidencia Pro Tempore: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Puntos de la agenda</translation>
    </message>
    <message>
        <source>The agenda has no items yet.</source>
        <translation>La agenda aún no tiene puntos.</translation>
    </message>
    <message>
        <source>to be determined</source>
        <translation>por determinar</translation>
    </message>
    <message>
        <source>the period needs a start and an end date, in order</source>
        <translation>el período requiere una fecha de inicio y una de finalización, en ese orden</translation>
    </message>
    <message>
        <source>Calendar of meetings and activities</source>
        <translation>Calendario de reuniones y actividades</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>RCM structural meetings</source>
        <translation>Reuniones estructurales de la CRM</translation>
    </message>
    <message>
        <source>Other meetings</source>
        <translation>Otras reuniones</translation>
    </message>
    <message>
        <source>Nothing is scheduled in this period.</source>
        <translation>No hay nada programado en este período.</translation>
    </message>
    <message>
        <source>Consultation of documents pending approval</source>
        <translation>Consulta de documentos pendientes de aprobación</translation>
    </message>
    <message>
        <source>Documents: %1; member countries: %2</source>
        <translation>Documentos: %1; países miembros: %2</translation>
    </message>
    <message>
        <source>Consultation matrix</source>
        <translation>Matriz de consulta</translation>
    </message>
    <message>
        <source>No document is under consultation.</source>
        <translation>No hay ningún documento en consulta.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>State and deadline</source>
        <translation>Estado y plazo</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>plazo %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>not consulted</source>
        <translation>no consultado</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>no meeting has decisions yet</source>
        <translation>aún no hay conclusiones en ninguna reunión</translation>
    </message>
    <message>
        <source>Decision register</source>
        <translation>Registro de conclusiones</translation>
    </message>
    <message>
        <source>The meeting has no decisions.</source>
        <translation>La reunión no tiene conclusiones.</translation>
    </message>
    <message>
        <source>Conclusions and recommendations</source>
        <translation>Conclusiones y recomendaciones</translation>
    </message>
    <message>
        <source>Regional conference on migration</source>
        <translation>Conferencia regional sobre migración</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the ODT writer failed</source>
        <translation>falló la generación del archivo ODT</translation>
    </message>
    <message>
        <source>cannot tell the format of %1; name it .pdf or .odt</source>
        <translation>no se puede determinar el formato de %1; asígnele la extensión .pdf u .odt</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Working groups: activities by status</source>
        <translation>Grupos de trabajo: actividades por estado</translation>
    </message>
    <message>
        <source>No activity is recorded.</source>
        <translation>No hay ninguna actividad registrada.</translation>
    </message>
    <message>
        <source>No working group</source>
        <translation>Sin grupo de trabajo</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Coming meetings</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation>No hay ninguna reunión prevista.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Venue and host</source>
        <translation>Sede y anfitrión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open decisions and follow-ups</source>
        <translation>Conclusiones y seguimientos abiertos</translation>
    </message>
    <message>
        <source>No follow-up is open.</source>
        <translation>No hay ningún seguimiento abierto.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Decision and meeting</source>
        <translation>Conclusión y reunión</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sin designar</translation>
    </message>
    <message>
        <source>Documents pending approval</source>
        <translation>Documentos pendientes de aprobación</translation>
    </message>
    <message>
        <source>No document is pending approval.</source>
        <translation>No hay ningún documento pendiente de aprobación.</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>%1 of %2 countries answered</source>
        <translation>respondieron %1 de %2 países</translation>
    </message>
    <message>
        <source>more time: %1</source>
        <translation>solicitan más tiempo: %1</translation>
    </message>
    <message>
        <source>objections: %1</source>
        <translation>objeciones: %1</translation>
    </message>
    <message>
        <source>The consultation matrix (%1 documents) is too long for this briefing; print it on its own.</source>
        <translation>La matriz de consulta (%1 documentos) es demasiado extensa para esta nota; imprímala por separado.</translation>
    </message>
    <message>
        <source>Outstanding contributions</source>
        <translation>Contribuciones pendientes</translation>
    </message>
    <message>
        <source>No contribution is outstanding.</source>
        <translation>No hay ninguna contribución pendiente.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Incoming presidency: %1</source>
        <translation>Presidencia entrante: %1</translation>
    </message>
    <message>
        <source>Situation on %1</source>
        <translation>Situación al %1</translation>
    </message>
    <message>
        <source>Handover briefing</source>
        <translation>Nota de traspaso</translation>
    </message>
    <message>
        <source>Handover to the incoming Presidency Pro-Tempore</source>
        <translation>Traspaso a la Presidencia Pro Tempore entrante</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>Actividades: %1</translation>
    </message>
    <message>
        <source>Meetings still to be held: %1</source>
        <translation>Reuniones por celebrar: %1</translation>
    </message>
    <message>
        <source>Open follow-ups: %1</source>
        <translation>Seguimientos abiertos: %1</translation>
    </message>
    <message>
        <source>Documents pending approval: %1</source>
        <translation>Documentos pendientes de aprobación: %1</translation>
    </message>
    <message>
        <source>Meetings whose dates have passed but still marked planned, confirmed or postponed: %1. Update their status.</source>
        <translation>Reuniones con fechas ya pasadas que siguen como previstas, confirmadas o aplazadas: %1. Actualice su estado.</translation>
    </message>
    <message>
        <source>cannot join the pages of the PDF: %1</source>
        <translation>no se pueden unir las páginas del PDF: %1</translation>
    </message>
    <message>
        <source>there are none</source>
        <translation>no hay ninguna</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>the record to change no longer exists</source>
        <translation>el registro que se iba a modificar ya no existe</translation>
    </message>
    <message>
        <source>the record to remove no longer exists</source>
        <translation>el registro que se iba a eliminar ya no existe</translation>
    </message>
    <message>
        <source>the record is still used by other records</source>
        <translation>otros registros todavía utilizan este registro</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>the package&apos;s database snapshot is missing</source>
        <translation>falta la copia de la base de datos del paquete</translation>
    </message>
    <message>
        <source>database.sqlite cannot be opened: %1</source>
        <translation>database.sqlite no se puede abrir: %1</translation>
    </message>
    <message>
        <source>database.sqlite: trusted_schema cannot be turned off</source>
        <translation>database.sqlite: no se puede desactivar trusted_schema</translation>
    </message>
    <message>
        <source>database.sqlite is not a SQLite database</source>
        <translation>database.sqlite no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>database.sqlite is not a Presidency Desk database (application_id %1)</source>
        <translation>database.sqlite no es una base de datos de Presidency Desk (application_id %1)</translation>
    </message>
    <message>
        <source>database.sqlite fails the integrity check: %1</source>
        <translation>database.sqlite no supera la comprobación de integridad: %1</translation>
    </message>
    <message numerus="yes">
        <source>database.sqlite fails the integrity check: %1 (and %n more)</source>
        <translation>
            <numerusform>database.sqlite no supera la comprobación de integridad: %1 (y %n más)</numerusform>
            <numerusform>database.sqlite no supera la comprobación de integridad: %1 (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>database.sqlite: the foreign-key check cannot run</source>
        <translation>database.sqlite: no se puede ejecutar la comprobación de claves foráneas</translation>
    </message>
    <message>
        <source>database.sqlite fails the foreign-key check: %1 row %2 refers to a missing %3 record</source>
        <translation>database.sqlite no supera la comprobación de claves foráneas: la fila %2 de %1 hace referencia a un registro inexistente de %3</translation>
    </message>
</context>
<context>
    <name>SnapshotMerge</name>
    <message>
        <source>the snapshot&apos;s table %1 differs from this program&apos;s</source>
        <translation>la tabla %1 de la copia difiere de la de este programa</translation>
    </message>
    <message>
        <source>%1 %2 vanished during the merge</source>
        <translation>%1 %2 desapareció durante la fusión</translation>
    </message>
    <message>
        <source>changed here and in the package; this database&apos;s version kept</source>
        <translation>modificado aquí y en el paquete; se conservó la versión de esta base de datos</translation>
    </message>
    <message>
        <source>changed here only; this database&apos;s version kept</source>
        <translation>modificado solo aquí; se conservó la versión de esta base de datos</translation>
    </message>
    <message>
        <source>refers to %1 %2, which was not merged; not added</source>
        <translation>hace referencia a %1 %2, que no se fusionó; no se agregó</translation>
    </message>
    <message>
        <source>collides with a record here that has another uid; not added</source>
        <translation>entra en conflicto con un registro de esta base de datos que tiene otro uid; no se agregó</translation>
    </message>
    <message>
        <source>a %1 row refers to a %2 record that was not merged</source>
        <translation>una fila de %1 hace referencia a un registro de %2 que no se fusionó</translation>
    </message>
    <message>
        <source>refers to %1 %2, which was not merged; the reference was left empty</source>
        <translation>hace referencia a %1 %2, que no se fusionó; la referencia se dejó vacía</translation>
    </message>
</context>
<context>
    <name>SnapshotScrub</name>
    <message>
        <source>cannot open the snapshot %1: %2</source>
        <translation>no se puede abrir la copia %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Presidency Desk</source>
        <translation>Presidency Desk</translation>
    </message>
</context>
<context>
    <name>pd::ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Year of the timeline</source>
        <translation>Año del cronograma</translation>
    </message>
    <message>
        <source>Year: </source>
        <translation>Año: </translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Cronograma</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>Cambiar e&amp;stado</translation>
    </message>
    <message>
        <source>Change the status of the selected activities</source>
        <translation>Cambiar el estado de las actividades seleccionadas</translation>
    </message>
    <message>
        <source>The status could not be changed: %1</source>
        <translation>No se pudo cambiar el estado: %1</translation>
    </message>
    <message>
        <source>The activity could not be deleted: %1</source>
        <translation>No se pudo eliminar la actividad: %1</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
</context>
<context>
    <name>pd::ActivityEditor</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Editar actividad</translation>
    </message>
    <message>
        <source>Su&amp;pported by</source>
        <translation>Con el apo&amp;yo de</translation>
    </message>
    <message>
        <source>Save the activity (Ctrl+Return)</source>
        <translation>Guardar la actividad (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>e.g. 7.h</source>
        <translation>p. ej., 7.h</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>&amp;Working group:</source>
        <translation>Grupo de tra&amp;bajo:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Título en inglés</translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation>Título en español</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Descripción en inglés</translation>
    </message>
    <message>
        <source>Description in Spanish</source>
        <translation>Descripción en español</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Anfitrión:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Target start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>Target end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>No target date</source>
        <translation>Sin fecha prevista</translation>
    </message>
    <message>
        <source>&amp;No target date</source>
        <translation>&amp;Sin fecha prevista</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from date to date</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Fecha prevista:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>P&amp;rogress:</source>
        <translation>A&amp;vance:</translation>
    </message>
    <message>
        <source>Funding needed</source>
        <translation>Financiamiento necesario</translation>
    </message>
    <message>
        <source>Amount needed</source>
        <translation>Monto necesario</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;Funding needed:</source>
        <translation>Fi&amp;nanciamiento necesario:</translation>
    </message>
    <message>
        <source>Linked meeting</source>
        <translation>Reunión vinculada</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>Reuni&amp;ón:</translation>
    </message>
    <message>
        <source>Decision it came from</source>
        <translation>Conclusión de origen</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>Conc&amp;lusión:</translation>
    </message>
    <message>
        <source>None (structural meetings)</source>
        <translation>Ninguno (reuniones estructurales)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>The code %1 is already used by another activity.</source>
        <translation>Otra actividad ya usa el código %1.</translation>
    </message>
    <message>
        <source>Enter a title in English or in Spanish.</source>
        <translation>Escriba un título en inglés o en español.</translation>
    </message>
    <message>
        <source>The target end is before the start.</source>
        <translation>El fin previsto es anterior al inicio.</translation>
    </message>
    <message>
        <source>The activity could not be saved: %1</source>
        <translation>No se pudo guardar la actividad: %1</translation>
    </message>
</context>
<context>
    <name>pd::ActivityListModel</name>
    <message>
        <source>Structural meetings</source>
        <translation>Reuniones estructurales</translation>
    </message>
    <message>
        <source>To be scheduled</source>
        <translation>Por programar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Lead / host</source>
        <translation>Responsable / anfitrión</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>Con el apoyo de</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Target date or period</source>
        <translation>Fecha o período previsto</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Funding needed</source>
        <translation>Financiamiento necesario</translation>
    </message>
</context>
<context>
    <name>pd::AgendaPanel</name>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Agregar punto</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>Agregar un punto después del seleccionado (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Quitar el punto seleccionado (Delete)</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Subir el punto seleccionado (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Bajar el punto seleccionado (Alt+Down)</translation>
    </message>
    <message>
        <source>Items are numbered in order. Type or press F2 to edit a cell and Tab to go to the next; Insert adds an item, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>Los puntos se numeran en orden. Escriba o presione F2 para editar una celda y Tab para pasar a la siguiente; Insert agrega un punto, Delete lo quita, y Alt+Up y Alt+Down lo mueven.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no presenter</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no document</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>pd::AgendaTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Título (inglés)</translation>
    </message>
    <message>
        <source>Title (Spanish)</source>
        <translation>Título (español)</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>pd::AttentionModel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue follow-ups (%n)</source>
        <translation>
            <numerusform>Seguimientos vencidos (%n)</numerusform>
            <numerusform>Seguimientos vencidos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consultation deadlines within %1 days (%n)</source>
        <translation>
            <numerusform>Plazos de consulta en los próximos %1 días (%n)</numerusform>
            <numerusform>Plazos de consulta en los próximos %1 días (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meetings in the next %1 days (%n)</source>
        <translation>
            <numerusform>Reuniones en los próximos %1 días (%n)</numerusform>
            <numerusform>Reuniones en los próximos %1 días (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unscheduled activities (%n)</source>
        <translation>
            <numerusform>Actividades sin programar (%n)</numerusform>
            <numerusform>Actividades sin programar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outstanding contributions (%n)</source>
        <translation>
            <numerusform>Contribuciones pendientes (%n)</numerusform>
            <numerusform>Contribuciones pendientes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Follow-up: %2</source>
        <translation>%1
Seguimiento: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (due %2, %n day(s) late): %3</source>
        <translation>
            <numerusform>%1 (vencía el %2, %n día de retraso): %3</numerusform>
            <numerusform>%1 (vencía el %2, %n días de retraso): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (more time until %2)</source>
        <translation>%1 (más tiempo hasta el %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>deadline passed on %1</source>
        <translation>plazo vencido el %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>plazo %1</translation>
    </message>
    <message>
        <source>%1 (%2): waiting on %3</source>
        <translation>%1 (%2): falta la respuesta de %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 outstanding</source>
        <translation>%1, %2, %3: %4 pendiente</translation>
    </message>
    <message>
        <source>Due %1, paid %2</source>
        <translation>Adeudado %1, pagado %2</translation>
    </message>
</context>
<context>
    <name>pd::CalendarPage</name>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Previous %1</source>
        <translation>%1 anterior</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>%1 siguiente</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Todas las reuniones</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Structural meetings</source>
        <translation>Reuniones estructurales</translation>
    </message>
    <message>
        <source>Nothing scheduled in this period.</source>
        <translation>No hay nada programado en este período.</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>El elemento ya no existe.</translation>
    </message>
    <message>
        <source>Could not schedule</source>
        <translation>No se pudo programar</translation>
    </message>
</context>
<context>
    <name>pd::CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: nothing scheduled</source>
        <translation>%1: nada programado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pd::ConclusionsImportDialog</name>
    <message>
        <source>Import Conclusions</source>
        <translation>Importar conclusiones</translation>
    </message>
    <message>
        <source>Paste the text of the conclusions and recommendations here.</source>
        <translation>Pegue aquí el texto de las conclusiones y recomendaciones.</translation>
    </message>
    <message>
        <source>Open Text File…</source>
        <translation>Abrir archivo de texto…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Verb or kind</source>
        <translation>Verbo o tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Warnings (click one to see its line):</source>
        <translation>Advertencias (haga clic en una para ver su línea):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 no es texto UTF-8.</translation>
    </message>
    <message>
        <source>Open Conclusions Text</source>
        <translation>Abrir texto de conclusiones</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>%1, %2, %3; participants: %4</source>
        <translation>%1, %2, %3; participantes: %4</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Supported by: %1</source>
        <translation>Con el apoyo de: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Línea %1: %2 — %3</translation>
    </message>
    <message>
        <source>Paste the text or open a text file to see what it holds.</source>
        <translation>Pegue el texto o abra un archivo de texto para ver su contenido.</translation>
    </message>
    <message>
        <source>No conclusions found in this text.</source>
        <translation>No se encontraron conclusiones en este texto.</translation>
    </message>
    <message>
        <source>Import would add %1 meetings, %2 decisions, %3 activities and %4 documents; %5 already present; %6 warnings.</source>
        <translation>La importación agregaría %1 reuniones, %2 conclusiones, %3 actividades y %4 documentos; %5 ya existentes; %6 advertencias.</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be imported.</source>
        <translation>La base de datos está abierta en modo de solo lectura: no se puede importar nada.</translation>
    </message>
    <message>
        <source>Could not import: %1</source>
        <translation>No se pudo importar: %1</translation>
    </message>
    <message>
        <source>Imported conclusions: added %1 meetings, %2 decisions, %3 activities and %4 documents.</source>
        <translation>Conclusiones importadas: se agregaron %1 reuniones, %2 conclusiones, %3 actividades y %4 documentos.</translation>
    </message>
    <message>
        <source>adds Spanish text</source>
        <translation>agrega texto en español</translation>
    </message>
    <message>
        <source>adds English text</source>
        <translation>agrega texto en inglés</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (corregido)</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Correct the selected item below; unticking a row keeps its edits. Changing the text reads it again and starts the review over, discarding your edits.</source>
        <translation>Corrija abajo el elemento seleccionado; desmarcar una fila conserva sus cambios. Si cambia el texto, se vuelve a leer y la revisión empieza de nuevo, descartando sus cambios.</translation>
    </message>
    <message numerus="yes">
        <source>It would add the Spanish text of %n record(s) already present.</source>
        <translation>
            <numerusform>Añadiría el texto en español de %n registro ya presente.</numerusform>
            <numerusform>Añadiría el texto en español de %n registros ya presentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would add the English text of %n record(s) already present.</source>
        <translation>
            <numerusform>Añadiría el texto en inglés de %n registro ya presente.</numerusform>
            <numerusform>Añadiría el texto en inglés de %n registros ya presentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added the text in the language read to %n record(s).</source>
        <translation>
            <numerusform>Se añadió el texto en el idioma leído a %n registro.</numerusform>
            <numerusform>Se añadió el texto en el idioma leído a %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the corrections made in the preview?</source>
        <translation>¿Descartar las correcciones hechas en la vista previa?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Seguir corrigiendo</translation>
    </message>
</context>
<context>
    <name>pd::ConclusionsItemEditor</name>
    <message>
        <source>none</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>&amp;Host country:</source>
        <translation>&amp;País anfitrión:</translation>
    </message>
    <message>
        <source>Parties named</source>
        <translation>Países y organizaciones mencionados</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Verb:</source>
        <translation>&amp;Verbo:</translation>
    </message>
    <message>
        <source>&amp;Parties named:</source>
        <translation>&amp;Países y organizaciones mencionados:</translation>
    </message>
    <message>
        <source>Follow-up &amp;owner:</source>
        <translation>&amp;Responsable del seguimiento:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>P&amp;lazo:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>(structural meetings)</source>
        <translation>(reuniones estructurales)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Working group:</source>
        <translation>Grupo de tra&amp;bajo:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Supporting parties:</source>
        <translation>Con el apo&amp;yo de:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Review deadline:</source>
        <translation>Plazo de &amp;revisión:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>&amp;More time until:</source>
        <translation>&amp;Más tiempo hasta el:</translation>
    </message>
    <message>
        <source>Select an item of the preview (F2 or Enter) to correct what was read here.</source>
        <translation>Seleccione un punto de la vista previa (F2 o Intro) para corregir aquí lo que se leyó.</translation>
    </message>
    <message>
        <source>The meeting:</source>
        <translation>La reunión:</translation>
    </message>
    <message>
        <source>Decision %1:</source>
        <translation>Conclusión %1:</translation>
    </message>
    <message>
        <source>Activity %1:</source>
        <translation>Actividad %1:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <source>Consultation on “%1”:</source>
        <translation>Consulta sobre “%1”:</translation>
    </message>
</context>
<context>
    <name>pd::ConsultationEditor</name>
    <message>
        <source>Reply of %1</source>
        <translation>Respuesta de %1</translation>
    </message>
    <message>
        <source>%1 on “%2”</source>
        <translation>%1 sobre “%2”</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>New date asked for</source>
        <translation>Nueva fecha solicitada</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>Respondió el</translation>
    </message>
    <message>
        <source>Date of the reply</source>
        <translation>Fecha de la respuesta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Message attached</source>
        <translation>Mensaje adjunto</translation>
    </message>
    <message>
        <source>The reply came with a &amp;message</source>
        <translation>La respuesta incluyó un &amp;mensaje</translation>
    </message>
    <message>
        <source>Message of the country</source>
        <translation>Mensaje del país</translation>
    </message>
    <message>
        <source>The text of the country&apos;s message, recorded on its behalf</source>
        <translation>Texto del mensaje del país, registrado en su nombre</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Nueva fecha:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>The reply could not be recorded: %1</source>
        <translation>No se pudo registrar la respuesta: %1</translation>
    </message>
</context>
<context>
    <name>pd::ConsultationMatrixModel</name>
    <message>
        <source>More time to %1</source>
        <translation>Más tiempo hasta el %1</translation>
    </message>
    <message>
        <source>New date: %1</source>
        <translation>Nueva fecha: %1</translation>
    </message>
    <message>
        <source>Replied on %1</source>
        <translation>Respondió el %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
</context>
<context>
    <name>pd::ContributionDialog</name>
    <message>
        <source>New contribution</source>
        <translation>Nueva contribución</translation>
    </message>
    <message>
        <source>Edit contribution</source>
        <translation>Editar contribución</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Monto adeudado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Fondo:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Amount &amp;due:</source>
        <translation>&amp;Monto adeudado:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mone&amp;da:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Choose a country.</source>
        <translation>Elija un país.</translation>
    </message>
    <message>
        <source>This country already has a contribution to this fund for %1.</source>
        <translation>Este país ya tiene una contribución a este fondo para %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it as %2.</source>
        <translation>“%1” no es un monto; escríbalo como %2.</translation>
    </message>
    <message>
        <source>The contribution could not be saved: %1</source>
        <translation>No se pudo guardar la contribución: %1</translation>
    </message>
</context>
<context>
    <name>pd::ContributionTableModel</name>
    <message>
        <source>In arrears: %1 still outstanding after the end of %2</source>
        <translation>En atraso: saldo pendiente de %1 al cierre de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
</context>
<context>
    <name>pd::ContributionsPage</name>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Fondo:</translation>
    </message>
    <message>
        <source>&amp;New Contribution…</source>
        <translation>&amp;Nueva contribución…</translation>
    </message>
    <message>
        <source>Enter what a country owes a fund for a year</source>
        <translation>Registrar lo que un país adeuda a un fondo en un año</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <source>Record a payment against the selected contribution</source>
        <translation>Registrar un pago de la contribución seleccionada</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>No contributions recorded yet. The conference names its funds but not the amounts: choose “New Contribution…” to enter what a member country owes a fund for a year, then “Record Payment…” as payments arrive.</source>
        <translation>Aún no se han registrado contribuciones. La conferencia indica sus fondos, pero no los montos: elija “Nueva contribución…” para registrar lo que un país miembro adeuda a un fondo en un año y, luego, “Registrar pago…” a medida que lleguen los pagos.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>Todos los fondos</translation>
    </message>
    <message>
        <source>No contributions for this year and fund.</source>
        <translation>No hay contribuciones para este año y fondo.</translation>
    </message>
    <message>
        <source>Total: due %1, paid %2, outstanding %3</source>
        <translation>Total: adeudado %1, pagado %2, saldo pendiente %3</translation>
    </message>
    <message numerus="yes">
        <source>%n in arrears</source>
        <translation>
            <numerusform>%n con atraso</numerusform>
            <numerusform>%n con atraso</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Contribution</source>
        <translation>E&amp;liminar contribución</translation>
    </message>
    <message>
        <source>Delete the selected contribution with its payments (Undo brings it back)</source>
        <translation>Eliminar la contribución seleccionada con sus pagos (Deshacer la restablece)</translation>
    </message>
    <message>
        <source>Delete Contribution</source>
        <translation>Eliminar contribución</translation>
    </message>
    <message>
        <source>Delete the contribution of %1 to %2 for %3, with its payments? Undo brings it back.</source>
        <translation>¿Desea eliminar la contribución de %1 a %2 para %3, con sus pagos? Deshacer la restablece.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>The contribution could not be deleted: %1</source>
        <translation>No se pudo eliminar la contribución: %1</translation>
    </message>
</context>
<context>
    <name>pd::DashboardCharts</name>
    <message>
        <source>No working group</source>
        <translation>Sin grupo de trabajo</translation>
    </message>
</context>
<context>
    <name>pd::DashboardPage</name>
    <message>
        <source>What needs attention now</source>
        <translation>Lo que requiere atención ahora</translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter) to open its record</source>
        <translation>Haga doble clic en una línea (o pulse Intro) para abrir su registro</translation>
    </message>
    <message>
        <source>Activities by status per working group</source>
        <translation>Actividades por estado y grupo de trabajo</translation>
    </message>
    <message>
        <source>Contributions paid against due per year</source>
        <translation>Contribuciones pagadas frente a adeudadas por año</translation>
    </message>
    <message>
        <source>What needs attention now (%1)</source>
        <translation>Lo que requiere atención ahora (%1)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Contributions paid against due per year (none recorded yet)</source>
        <translation>Contribuciones pagadas frente a adeudadas por año (aún no hay ninguna registrada)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Monto (%1)</translation>
    </message>
</context>
<context>
    <name>pd::Database</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 no se puede leer</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 es de solo lectura</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>El archivo es de solo lectura.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>la carpeta de %1 no existe</translation>
    </message>
    <message>
        <source>%1 is open in another Presidency Desk (process %2 on %3)</source>
        <translation>%1 está abierto en otra instancia de Presidency Desk (proceso %2 en %3)</translation>
    </message>
    <message>
        <source>cannot create the lock file next to %1</source>
        <translation>no se puede crear el archivo de bloqueo junto a %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database</source>
        <translation>%1 no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program</source>
        <translation>%1 es una base de datos SQLite de otro programa</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Presidency Desk database</source>
        <translation>%1 es un archivo vacío, no una base de datos de Presidency Desk</translation>
    </message>
    <message>
        <source>%1 is read-only and cannot be set up</source>
        <translation>%1 es de solo lectura y no se puede inicializar</translation>
    </message>
    <message>
        <source>%1 was written by a newer Presidency Desk (schema %2; this program knows up to %3)</source>
        <translation>%1 fue escrito por una versión más reciente de Presidency Desk (esquema %2; este programa admite hasta el %3)</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2 but is open read-only</source>
        <translation>%1 necesita actualizarse al esquema %2, pero está abierto en modo de solo lectura</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging</source>
        <translation>%1: no se puede activar el registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>no se puede leer la migración %1</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>falló la migración al esquema %1: %2</translation>
    </message>
    <message>
        <source>no SQLite handle</source>
        <translation>no hay un identificador de SQLite</translation>
    </message>
    <message>
        <source>the integrity check could not run</source>
        <translation>no se pudo ejecutar la comprobación de integridad</translation>
    </message>
    <message>
        <source>the foreign-key check could not run</source>
        <translation>no se pudo ejecutar la comprobación de claves foráneas</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 record</source>
        <translation>la fila %2 de %1 hace referencia a un registro inexistente de %3</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 está abierto en modo de solo lectura</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it</source>
        <translation>%1 está ocupado: otro programa está escribiendo en él</translation>
    </message>
    <message>
        <source>a copy cannot replace the open database itself</source>
        <translation>una copia no puede reemplazar la propia base de datos abierta</translation>
    </message>
    <message>
        <source>cannot write in the folder of %1</source>
        <translation>no se puede escribir en la carpeta de %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::DecisionTreeModel</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Parties named</source>
        <translation>Países y organizaciones mencionados</translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation>Responsable del seguimiento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>pd::DecisionsPage</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>Reuni&amp;ón:</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation>Responsable del seguimiento</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Tiene fecha límite</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>Fecha &amp;límite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Pending from previous meetings</source>
        <translation>Pendientes de reuniones anteriores</translation>
    </message>
    <message>
        <source>&amp;Add to Agenda</source>
        <translation>&amp;Agregar a la agenda</translation>
    </message>
    <message>
        <source>Put the selected follow-up on the agenda of the meeting shown</source>
        <translation>Incluir el seguimiento seleccionado en la agenda de la reunión mostrada</translation>
    </message>
    <message>
        <source>Open &amp;Meeting…</source>
        <translation>Abrir re&amp;unión…</translation>
    </message>
    <message>
        <source>To be scheduled</source>
        <translation>Por programar</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>No later meeting to carry follow-ups into.</source>
        <translation>No hay ninguna reunión posterior a la cual trasladar los seguimientos.</translation>
    </message>
    <message>
        <source>to be scheduled</source>
        <translation>por programar</translation>
    </message>
    <message>
        <source>Into the agenda of: %1 (%2)</source>
        <translation>A la agenda de: %1 (%2)</translation>
    </message>
    <message>
        <source>Select a conclusion to follow it up.</source>
        <translation>Seleccione una conclusión para darle seguimiento.</translation>
    </message>
    <message>
        <source>The status could not be changed: %1</source>
        <translation>No se pudo cambiar el estado: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be changed: %1</source>
        <translation>No se pudo cambiar el seguimiento: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be carried forward: %1</source>
        <translation>No se pudo trasladar el seguimiento: %1</translation>
    </message>
</context>
<context>
    <name>pd::DirectoryPage</name>
    <message>
        <source>&amp;Countries and organizations</source>
        <translation>&amp;Países y organizaciones</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>Puntos &amp;focales</translation>
    </message>
    <message>
        <source>&amp;Presidencies</source>
        <translation>P&amp;residencias</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Countries and organizations</source>
        <translation>Países y organizaciones</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Puntos focales</translation>
    </message>
    <message>
        <source>No focal points yet. Choose “Add Focal Point…” to note who speaks for a country or organization. Names, e-mail addresses and telephone numbers are personal data: mark them so, and a handover package may leave them out.</source>
        <translation>Aún no hay puntos focales. Elija “Agregar punto focal…” para registrar quién habla en nombre de un país u organización. Los nombres, las direcciones de correo electrónico y los números de teléfono son datos personales: márquelos como tales, y un paquete de traspaso podrá omitirlos.</translation>
    </message>
    <message>
        <source>&amp;Add Focal Point…</source>
        <translation>&amp;Agregar punto focal…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Presidencies</source>
        <translation>Presidencias</translation>
    </message>
    <message>
        <source>The focal point could not be removed: %1</source>
        <translation>No se pudo quitar el punto focal: %1</translation>
    </message>
    <message>
        <source>Edit the names, acronyms, code and membership of the selected country or organization</source>
        <translation>Editar los nombres, las siglas, el código y la membresía del país u organización seleccionado</translation>
    </message>
</context>
<context>
    <name>pd::DocumentEditor</name>
    <message>
        <source>New document</source>
        <translation>Nuevo documento</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>Editar documento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>e.g. PROT-2022-01</source>
        <translation>p. ej., PROT-2022-01</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>None (the conference as a whole)</source>
        <translation>Ninguno (la conferencia en su conjunto)</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Título en inglés</translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation>Título en español</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Descripción en inglés</translation>
    </message>
    <message>
        <source>Description in Spanish</source>
        <translation>Descripción en español</translation>
    </message>
    <message>
        <source>Review deadline</source>
        <translation>Plazo de revisión</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>&amp;No deadline</source>
        <translation>&amp;Sin plazo</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Working group:</source>
        <translation>Grupo de tra&amp;bajo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Review &amp;deadline:</source>
        <translation>Plazo de &amp;revisión:</translation>
    </message>
    <message>
        <source>Save the document (Ctrl+Return)</source>
        <translation>Guardar el documento (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Enter a title in English or in Spanish.</source>
        <translation>Escriba un título en inglés o en español.</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>No se pudo guardar el documento: %1</translation>
    </message>
</context>
<context>
    <name>pd::DocumentListModel</name>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hoy)</translation>
    </message>
    <message>
        <source>%1 (1 day left)</source>
        <translation>%1 (queda 1 día)</translation>
    </message>
    <message>
        <source>%1 (%2 days left)</source>
        <translation>%1 (quedan %2 días)</translation>
    </message>
    <message>
        <source>%1 (1 day overdue)</source>
        <translation>%1 (1 día de retraso)</translation>
    </message>
    <message>
        <source>%1 (%2 days overdue)</source>
        <translation>%1 (%2 días de retraso)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Approval state</source>
        <translation>Estado de aprobación</translation>
    </message>
    <message>
        <source>Review deadline</source>
        <translation>Plazo de revisión</translation>
    </message>
    <message>
        <source>Member countries</source>
        <translation>Países miembros</translation>
    </message>
</context>
<context>
    <name>pd::DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Approval state</source>
        <translation>Estado de aprobación</translation>
    </message>
    <message>
        <source>&amp;Approval state:</source>
        <translation>&amp;Estado de aprobación:</translation>
    </message>
    <message>
        <source>Reason to approve without consensus</source>
        <translation>Motivo para aprobar sin consenso</translation>
    </message>
    <message>
        <source>Why approve without every member&apos;s no objection (kept in the log)</source>
        <translation>Por qué se aprueba sin la no objeción de todos los miembros (queda en el registro)</translation>
    </message>
    <message>
        <source>Approve &amp;without consensus</source>
        <translation>Aprobar &amp;sin consenso</translation>
    </message>
    <message>
        <source>Consultation of the member countries</source>
        <translation>Consulta a los países miembros</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>Ad&amp;juntar…</translation>
    </message>
    <message>
        <source>Keep a file with the document; a file of the same name becomes a new version</source>
        <translation>Guardar un archivo con el documento; un archivo con el mismo nombre se convierte en una nueva versión</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Approved by consensus.</source>
        <translation>Aprobado por consenso.</translation>
    </message>
    <message>
        <source>Approved without the no objection of %1.</source>
        <translation>Aprobado sin la no objeción de %1.</translation>
    </message>
    <message>
        <source>Every member country has no objection: it can be approved.</source>
        <translation>Todos los países miembros expresaron su no objeción: puede aprobarse.</translation>
    </message>
    <message>
        <source>Approval waits for %1 (%2).</source>
        <translation>La aprobación está a la espera de %1 (%2).</translation>
    </message>
    <message>
        <source>Not approved: no “no objection” yet from %1. To approve anyway, give the reason.</source>
        <translation>No aprobado: aún no se ha recibido la “no objeción” de %1. Para aprobarlo de todos modos, indique el motivo.</translation>
    </message>
    <message>
        <source>The state could not be changed: %1</source>
        <translation>No se pudo cambiar el estado: %1</translation>
    </message>
    <message>
        <source>The document could not be approved: %1</source>
        <translation>No se pudo aprobar el documento: %1</translation>
    </message>
    <message>
        <source>%1 — version %2 — %3 — %4</source>
        <translation>%1 — versión %2 — %3 — %4</translation>
    </message>
    <message>
        <source>%1
SHA-256: %2</source>
        <translation>%1
SHA-256: %2</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Guardar archivo adjunto</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file could not be attached: %1</source>
        <translation>No se pudo adjuntar el archivo: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <source>The file could not be removed: %1</source>
        <translation>No se pudo quitar el archivo: %1</translation>
    </message>
    <message>
        <source>&amp;New Document…</source>
        <translation>&amp;Nuevo documento…</translation>
    </message>
    <message>
        <source>Add a document and send it to every member country for consultation</source>
        <translation>Agregar un documento y enviarlo en consulta a todos los países miembros</translation>
    </message>
    <message>
        <source>&amp;Edit Document…</source>
        <translation>&amp;Editar documento…</translation>
    </message>
    <message>
        <source>Edit the code, titles, description and deadline of the selected document</source>
        <translation>Editar el código, los títulos, la descripción y el plazo del documento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete Document</source>
        <translation>E&amp;liminar documento</translation>
    </message>
    <message>
        <source>Delete the selected document with its attachments (Undo brings them back)</source>
        <translation>Eliminar el documento seleccionado con sus archivos adjuntos (Deshacer los restablece)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>Delete the document %1? Its attachments and consultation replies go with it; Undo brings them back.</source>
        <translation>¿Desea eliminar el documento %1? También se eliminarán sus archivos adjuntos y las respuestas a la consulta; Deshacer los restablece.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>The document could not be deleted: %1</source>
        <translation>No se pudo eliminar el documento: %1</translation>
    </message>
</context>
<context>
    <name>pd::Editor</name>
    <message>
        <source>Add meeting “%1”</source>
        <translation>Agregar la reunión “%1”</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>La reunión ya no existe.</translation>
    </message>
    <message>
        <source>Edit meeting “%1”</source>
        <translation>Editar la reunión “%1”</translation>
    </message>
    <message>
        <source>Delete meeting “%1”</source>
        <translation>Eliminar la reunión “%1”</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de finalización es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>Schedule “%1” on %2</source>
        <translation>Programar “%1” el %2</translation>
    </message>
    <message>
        <source>Unschedule “%1”</source>
        <translation>Quitar la fecha de “%1”</translation>
    </message>
    <message>
        <source>Add activity %1</source>
        <translation>Agregar la actividad %1</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>La actividad ya no existe.</translation>
    </message>
    <message>
        <source>Edit activity %1</source>
        <translation>Editar la actividad %1</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translation>Eliminar la actividad %1</translation>
    </message>
    <message>
        <source>An activity of the selection no longer exists.</source>
        <translation>Una de las actividades seleccionadas ya no existe.</translation>
    </message>
    <message>
        <source>Change status of %1</source>
        <translation>Cambiar el estado de %1</translation>
    </message>
    <message numerus="yes">
        <source>Change status of %n activities</source>
        <translation>
            <numerusform>Cambiar el estado de %n actividad</numerusform>
            <numerusform>Cambiar el estado de %n actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule %1 on %2</source>
        <translation>Programar %1 el %2</translation>
    </message>
    <message>
        <source>Unschedule %1</source>
        <translation>Quitar la fecha de %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activities</source>
        <translation>
            <numerusform>Eliminar %n actividad</numerusform>
            <numerusform>Eliminar %n actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the country that owes the contribution.</source>
        <translation>Elija el país que adeuda la contribución.</translation>
    </message>
    <message>
        <source>Choose the fund.</source>
        <translation>Elija el fondo.</translation>
    </message>
    <message>
        <source>The year must be between 1990 and 2100.</source>
        <translation>El año debe estar entre 1990 y 2100.</translation>
    </message>
    <message>
        <source>The amount due cannot be negative.</source>
        <translation>El monto adeudado no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1 already has a contribution to this fund for %2.</source>
        <translation>%1 ya tiene una contribución a este fondo para %2.</translation>
    </message>
    <message>
        <source>Add contribution of %1 for %2</source>
        <translation>Agregar la contribución de %1 para %2</translation>
    </message>
    <message>
        <source>The contribution no longer exists.</source>
        <translation>La contribución ya no existe.</translation>
    </message>
    <message>
        <source>Edit contribution of %1 for %2</source>
        <translation>Editar la contribución de %1 para %2</translation>
    </message>
    <message>
        <source>Delete contribution of %1 for %2</source>
        <translation>Eliminar la contribución de %1 para %2</translation>
    </message>
    <message>
        <source>The amount paid must be more than zero.</source>
        <translation>El monto pagado debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Enter the date of the payment.</source>
        <translation>Escriba la fecha del pago.</translation>
    </message>
    <message>
        <source>Record payment of %1 by %2</source>
        <translation>Registrar el pago de %1 por parte de %2</translation>
    </message>
    <message>
        <source>Choose the country or organization of the focal point.</source>
        <translation>Elija el país u organización del punto focal.</translation>
    </message>
    <message>
        <source>Enter the name of the focal point.</source>
        <translation>Escriba el nombre del punto focal.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Add focal point %1</source>
        <translation>Agregar el punto focal %1</translation>
    </message>
    <message>
        <source>The focal point no longer exists.</source>
        <translation>El punto focal ya no existe.</translation>
    </message>
    <message>
        <source>Edit focal point %1</source>
        <translation>Editar el punto focal %1</translation>
    </message>
    <message>
        <source>Delete focal point %1</source>
        <translation>Eliminar el punto focal %1</translation>
    </message>
    <message>
        <source>The country or organization no longer exists.</source>
        <translation>El país u organización ya no existe.</translation>
    </message>
    <message>
        <source>Enter a name in English or Spanish.</source>
        <translation>Escriba un nombre en inglés o en español.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>La conclusión ya no existe.</translation>
    </message>
    <message>
        <source>Edit decision %1</source>
        <translation>Editar la conclusión %1</translation>
    </message>
    <message>
        <source>A decision of the selection no longer exists.</source>
        <translation>Una de las conclusiones seleccionadas ya no existe.</translation>
    </message>
    <message numerus="yes">
        <source>Change status of %n decisions</source>
        <translation>
            <numerusform>Cambiar el estado de %n conclusión</numerusform>
            <numerusform>Cambiar el estado de %n conclusiones</numerusform>
        </translation>
    </message>
    <message>
        <source>The follow-up owner no longer exists.</source>
        <translation>El responsable del seguimiento ya no existe.</translation>
    </message>
    <message>
        <source>Change follow-up of %1</source>
        <translation>Cambiar el seguimiento de %1</translation>
    </message>
    <message>
        <source>Conclusion %1 belongs to this meeting; carry it into a later one.</source>
        <translation>La conclusión %1 pertenece a esta reunión; trasládela a una reunión posterior.</translation>
    </message>
    <message>
        <source>Conclusion %1 is already on the agenda of “%2”.</source>
        <translation>La conclusión %1 ya está en la agenda de “%2”.</translation>
    </message>
    <message>
        <source>Carry %1 into the agenda of “%2”</source>
        <translation>Trasladar %1 a la agenda de “%2”</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Add document %1</source>
        <translation>Agregar el documento %1</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>El documento ya no existe.</translation>
    </message>
    <message>
        <source>Edit document %1</source>
        <translation>Editar el documento %1</translation>
    </message>
    <message>
        <source>Delete document %1</source>
        <translation>Eliminar el documento %1</translation>
    </message>
    <message>
        <source>The country no longer exists.</source>
        <translation>El país ya no existe.</translation>
    </message>
    <message>
        <source>Set %1&apos;s reply on %2</source>
        <translation>Registrar la respuesta de %1 sobre %2</translation>
    </message>
    <message>
        <source>Change state of %1 to %2</source>
        <translation>Cambiar el estado de %1 a %2</translation>
    </message>
    <message>
        <source>%1 cannot be approved without consensus: no “no objection” yet from %2.</source>
        <translation>%1 no se puede aprobar sin consenso: aún no se ha recibido la “no objeción” de %2.</translation>
    </message>
    <message>
        <source>Approved without the no objection of %1. Reason: %2</source>
        <translation>Aprobado sin la no objeción de %1. Motivo: %2</translation>
    </message>
    <message>
        <source>Approve %1 without consensus</source>
        <translation>Aprobar %1 sin consenso</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>Adjuntar %1 a %2</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>El archivo adjunto ya no existe.</translation>
    </message>
    <message>
        <source>Remove %1 (version %2) from %3</source>
        <translation>Quitar %1 (versión %2) de %3</translation>
    </message>
</context>
<context>
    <name>pd::FieldDelegate</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>pd::FilterBar</name>
    <message>
        <source>Filter by code or title</source>
        <translation>Filtrar por código o título</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All working groups</source>
        <translation>Todos los grupos de trabajo</translation>
    </message>
    <message>
        <source>Structural meetings</source>
        <translation>Reuniones estructurales</translation>
    </message>
    <message>
        <source>All countries and organizations</source>
        <translation>Todos los países y organizaciones</translation>
    </message>
</context>
<context>
    <name>pd::FocalPointDialog</name>
    <message>
        <source>New focal point</source>
        <translation>Nuevo punto focal</translation>
    </message>
    <message>
        <source>Edit focal point</source>
        <translation>Editar punto focal</translation>
    </message>
    <message>
        <source>Country or organization</source>
        <translation>País u organización</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Focal point of the Working Group on Protection, …</source>
        <translation>Punto focal del Grupo de Trabajo sobre Protección, …</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>&amp;Personal data (a handover package may leave it out)</source>
        <translation>&amp;Datos personales (un paquete de traspaso puede omitirlos)</translation>
    </message>
    <message>
        <source>&amp;Country or organization:</source>
        <translation>&amp;País u organización:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Enter the name of the focal point.</source>
        <translation>Escriba el nombre del punto focal.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (name@example.org).</source>
        <translation>“%1” no es una dirección de correo electrónico (nombre@example.org).</translation>
    </message>
    <message>
        <source>The focal point could not be saved: %1</source>
        <translation>No se pudo guardar el punto focal: %1</translation>
    </message>
</context>
<context>
    <name>pd::FocalPointTableModel</name>
    <message>
        <source>Personal data: a handover package may leave this record out</source>
        <translation>Datos personales: un paquete de traspaso puede omitir este registro</translation>
    </message>
    <message>
        <source>Not personal data (an office address, say): always handed over</source>
        <translation>No son datos personales (p. ej., la dirección de una oficina): siempre se entregan en el traspaso</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personales</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Country or organization</source>
        <translation>País u organización</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
</context>
<context>
    <name>pd::HandoverActions</name>
    <message>
        <source>&amp;Hand Over…</source>
        <translation>&amp;Traspasar la presidencia…</translation>
    </message>
    <message>
        <source>&amp;Import Handover Package…</source>
        <translation>Importar &amp;paquete de traspaso…</translation>
    </message>
    <message>
        <source>Import Conc&amp;lusions…</source>
        <translation>Importar conc&amp;lusiones…</translation>
    </message>
</context>
<context>
    <name>pd::HandoverExportWizard</name>
    <message>
        <source>Hand Over to the Incoming Presidency</source>
        <translation>Traspasar a la presidencia entrante</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>no current presidency is recorded</source>
        <translation>no hay ninguna presidencia en ejercicio registrada</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Personal data of focal points: left out</source>
        <translation>Datos personales de los puntos focales: omitidos</translation>
    </message>
    <message>
        <source>Personal data of focal points: included</source>
        <translation>Datos personales de los puntos focales: incluidos</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>The package holds a snapshot of the database, one CSV file per kind of record, the calendar (calendar.ics), the handover briefing (briefing.pdf) and the documents&apos; attachments. Writing it changes nothing in this database.</source>
        <translation>El paquete contiene una copia de la base de datos, un archivo CSV por cada tipo de registro, el calendario (calendar.ics), la nota de traspaso (briefing.pdf) y los archivos adjuntos de los documentos. Escribirlo no modifica nada en esta base de datos.</translation>
    </message>
    <message>
        <source>Incoming Presidency</source>
        <translation>Presidencia entrante</translation>
    </message>
    <message>
        <source>The package carries this database to the country that takes over the Presidency Pro-Tempore.</source>
        <translation>El paquete traslada esta base de datos al país que asume la Presidencia Pro Tempore.</translation>
    </message>
    <message>
        <source>Choose a member country</source>
        <translation>Elija un país miembro</translation>
    </message>
    <message>
        <source>%1 is the incoming presidency recorded in the Directory.</source>
        <translation>%1 es la presidencia entrante registrada en el Directorio.</translation>
    </message>
    <message>
        <source>No incoming presidency is recorded in the Directory: choose the country that takes over.</source>
        <translation>No hay ninguna presidencia entrante registrada en el Directorio: elija el país que asume la presidencia.</translation>
    </message>
    <message>
        <source>&amp;Leave out personal data (the focal points marked as personal data)</source>
        <translation>&amp;Omitir los datos personales (los puntos focales marcados como datos personales)</translation>
    </message>
    <message>
        <source>&amp;Incoming presidency:</source>
        <translation>&amp;Presidencia entrante:</translation>
    </message>
    <message>
        <source>Package File</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>Where the package is written: one .zip file to send to the incoming presidency.</source>
        <translation>Dónde se escribe el paquete: un único archivo .zip para enviar a la presidencia entrante.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Package file:</source>
        <translation>Archivo del &amp;paquete:</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 es una carpeta: indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 exists and is replaced when the package is written.</source>
        <translation>%1 ya existe y se reemplazará cuando se escriba el paquete.</translation>
    </message>
    <message>
        <source>Handover packages (*.zip)</source>
        <translation>Paquetes de traspaso (*.zip)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Export writes the package. It may take a minute on a large database.</source>
        <translation>Exportar escribe el paquete. Puede tardar un minuto en una base de datos grande.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Package Written</source>
        <translation>Paquete escrito</translation>
    </message>
    <message>
        <source>Send the file to the incoming presidency. They open it with File &gt; Import Handover Package…</source>
        <translation>Envíe el archivo a la presidencia entrante, que lo abrirá con Archivo &gt; Importar paquete de traspaso…</translation>
    </message>
    <message>
        <source>Choose the incoming presidency on the first page.</source>
        <translation>Elija la presidencia entrante en la primera página.</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>No se escribió el paquete: %1</translation>
    </message>
    <message>
        <source>Wrote %1 for %2.</source>
        <translation>Se escribió %1 para %2.</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
</context>
<context>
    <name>pd::HandoverImportDialog</name>
    <message>
        <source>Import a Handover Package</source>
        <translation>Importar un paquete de traspaso</translation>
    </message>
    <message>
        <source>This database is open read-only: it cannot take a merge.</source>
        <translation>Esta base de datos está abierta en modo de solo lectura: no admite una fusión.</translation>
    </message>
    <message>
        <source>This database is open read-only (%1): it cannot take a merge.</source>
        <translation>Esta base de datos está abierta en modo de solo lectura (%1): no admite una fusión.</translation>
    </message>
    <message>
        <source>This database is kept in memory only: it cannot take a merge.</source>
        <translation>Esta base de datos solo se mantiene en memoria: no admite una fusión.</translation>
    </message>
    <message>
        <source>Handover Package</source>
        <translation>Paquete de traspaso</translation>
    </message>
    <message>
        <source>The .zip file that the outgoing presidency wrote with File &gt; Hand Over; it is checked whole before anything is changed.</source>
        <translation>El archivo .zip que la presidencia saliente escribió con Archivo &gt; Traspasar la presidencia; se verifica por completo antes de modificar nada.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <source>Handover packages (*.zip);;All files (*)</source>
        <translation>Paquetes de traspaso (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>What the Package Holds</source>
        <translation>Contenido del paquete</translation>
    </message>
    <message>
        <source>Open it as a new database, or merge it into this one record by record.</source>
        <translation>Ábralo como una nueva base de datos o fusiónelo con esta, registro por registro.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>&amp;Create and Open</source>
        <translation>&amp;Crear y abrir</translation>
    </message>
    <message>
        <source>Open as a ne&amp;w database</source>
        <translation>Abrir como &amp;nueva base de datos</translation>
    </message>
    <message>
        <source>Merge &amp;into this database</source>
        <translation>Fusionar con es&amp;ta base de datos</translation>
    </message>
    <message>
        <source>New database &amp;file:</source>
        <translation>Archivo de la nueva base de &amp;datos:</translation>
    </message>
    <message>
        <source>A merge cannot be undone from Edit &gt; Undo, and it clears the undo history. A copy of this database is saved first, to %1.</source>
        <translation>Una fusión no se puede deshacer con Editar &gt; Deshacer y borra el historial de cambios. Antes se guarda una copia de esta base de datos en %1.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Presidency Desk databases (*.sqlite)</source>
        <translation>Bases de datos de Presidency Desk (*.sqlite)</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusión completada</translation>
    </message>
    <message>
        <source>The package is merged. Records changed on both sides keep this database&apos;s version.</source>
        <translation>El paquete se fusionó. Los registros modificados en ambos lados conservan la versión de esta base de datos.</translation>
    </message>
    <message>
        <source>%1 exists: choose a new file name.</source>
        <translation>%1 ya existe: elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No se importó: %1</translation>
    </message>
    <message>
        <source>No copy of the database could be saved, so nothing is merged: %1</source>
        <translation>No se pudo guardar una copia de la base de datos, por lo que no se fusionó nada: %1</translation>
    </message>
    <message>
        <source>Not merged, the database is as it was: %1</source>
        <translation>No se fusionó; la base de datos quedó como estaba: %1</translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Presidency Desk</source>
        <translation>&amp;Acerca de Presidency Desk</translation>
    </message>
    <message>
        <source>About Presidency Desk</source>
        <translation>Acerca de Presidency Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Presidency Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The desk of the Presidency Pro-Tempore of a regional conference on migration: calendar, working-group activities, documents, decisions, contributions and the handover.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Presidency Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;La mesa de trabajo de la Presidencia Pro Tempore de una conferencia regional sobre migración: calendario, actividades de los grupos de trabajo, documentos, conclusiones, contribuciones y traspaso de la Presidencia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (read-only: %2)</source>
        <translation>%1 (solo lectura: %2)</translation>
    </message>
    <message>
        <source>Presidency Desk – %1</source>
        <translation>Presidency Desk – %1</translation>
    </message>
    <message>
        <source>Presidency Pro-Tempore: %1</source>
        <translation>Presidencia Pro Tempore: %1</translation>
    </message>
    <message>
        <source>No current presidency</source>
        <translation>Sin presidencia en ejercicio</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>No se pudo realizar el cambio</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>New &amp;Meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>New &amp;Activity…</source>
        <translation>Nueva &amp;actividad…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Actividades</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 ya está abierto.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Presidency Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Presidency Desk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Presidency Desk databases (*.sqlite)</source>
        <translation>Bases de datos de Presidency Desk (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>No se puede crear la base de datos</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Se guardó una copia en %1</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Abierta en modo de solo lectura</translation>
    </message>
    <message>
        <source>%1. It is open read-only here: nothing can be changed.</source>
        <translation>%1. Aquí está abierta en modo de solo lectura: no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>D&amp;ecisions</source>
        <translation>Co&amp;nclusiones</translation>
    </message>
    <message>
        <source>C&amp;ontributions</source>
        <translation>C&amp;ontribuciones</translation>
    </message>
    <message>
        <source>Di&amp;rectory</source>
        <translation>D&amp;irectorio</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>&amp;Calendar of the Year…</source>
        <translation>&amp;Calendario del año…</translation>
    </message>
    <message>
        <source>C&amp;onsultation Matrix…</source>
        <translation>&amp;Matriz de consulta…</translation>
    </message>
    <message>
        <source>&amp;Decision Register…</source>
        <translation>&amp;Registro de conclusiones…</translation>
    </message>
    <message>
        <source>The agenda sheet of a meeting is printed from its editor.</source>
        <translation>La hoja de agenda de una reunión se imprime desde su editor.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Print the Calendar of %1</source>
        <translation>Imprimir el calendario de %1</translation>
    </message>
    <message>
        <source>Print the Consultation Matrix</source>
        <translation>Imprimir la matriz de consulta</translation>
    </message>
    <message>
        <source>Print the Decision Register</source>
        <translation>Imprimir el registro de conclusiones</translation>
    </message>
</context>
<context>
    <name>pd::MeetingEditor</name>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Save the meeting (Ctrl+Return)</source>
        <translation>Guardar la reunión (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Título en inglés</translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation>Título en español</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Descripción en inglés</translation>
    </message>
    <message>
        <source>Description in Spanish</source>
        <translation>Descripción en español</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>To be scheduled</source>
        <translation>Por programar</translation>
    </message>
    <message>
        <source>To be &amp;scheduled</source>
        <translation>Por p&amp;rogramar</translation>
    </message>
    <message>
        <source>The dates are not known yet</source>
        <translation>Las fechas aún no se conocen</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from date to date</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>A&amp;ll day</source>
        <translation>Todo e&amp;l día</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de finalización</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from time to time</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <source>Venue city</source>
        <translation>Ciudad sede</translation>
    </message>
    <message>
        <source>&amp;Venue city:</source>
        <translation>C&amp;iudad sede:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Anfitrión:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Link to join</source>
        <translation>Enlace para unirse</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>L&amp;ink:</source>
        <translation>E&amp;nlace:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>&amp;Working group:</source>
        <translation>Grupo de tra&amp;bajo:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>None (structural meeting)</source>
        <translation>Ninguno (reunión estructural)</translation>
    </message>
    <message>
        <source>(unknown party)</source>
        <translation>(entidad desconocida)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Participants (%1)</source>
        <translation>Parti&amp;cipantes (%1)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>Parti&amp;cipantes</translation>
    </message>
    <message>
        <source>A&amp;genda (%1)</source>
        <translation>A&amp;genda (%1)</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1</source>
        <translation>No se pudo guardar la reunión: %1</translation>
    </message>
    <message>
        <source>&amp;Print Agenda…</source>
        <translation>&amp;Imprimir agenda…</translation>
    </message>
    <message>
        <source>Print the agenda sheet of this meeting as saved</source>
        <translation>Imprimir la hoja de agenda de esta reunión tal como está guardada</translation>
    </message>
    <message>
        <source>Print the Agenda Sheet</source>
        <translation>Imprimir la hoja de agenda</translation>
    </message>
</context>
<context>
    <name>pd::MeetingListModel</name>
    <message>
        <source>To be scheduled</source>
        <translation>Por programar</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>pd::MeetingRules</name>
    <message>
        <source>Enter a title in English or in Spanish.</source>
        <translation>Escriba un título en inglés o en español.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de finalización es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>The end time is before the start time.</source>
        <translation>La hora de finalización es anterior a la hora de inicio.</translation>
    </message>
    <message>
        <source>A virtual meeting needs the link to join it.</source>
        <translation>Una reunión virtual necesita el enlace para unirse.</translation>
    </message>
    <message>
        <source>Another meeting of the same kind is on these dates: “%1” (%2).</source>
        <translation>En estas fechas ya hay otra reunión del mismo tipo: “%1” (%2).</translation>
    </message>
    <message>
        <source>Already taking part in “%1” (%2): %3.</source>
        <translation>Participación ya prevista en “%1” (%2): %3.</translation>
    </message>
</context>
<context>
    <name>pd::MergeReportView</name>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Uid</source>
        <translation>Uid</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Records &amp;kept as they are here:</source>
        <translation>&amp;Registros conservados tal como están aquí:</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>Copies the whole report as tab-separated text, for a spreadsheet or an e-mail.</source>
        <translation>Copia todo el informe como texto separado por tabulaciones, para una hoja de cálculo o un correo electrónico.</translation>
    </message>
    <message>
        <source>The database as it was before the import is saved in %1.</source>
        <translation>La base de datos tal como estaba antes de la importación se guardó en %1.</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>punto de la agenda</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>archivo adjunto</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>conclusión</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribución</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>fund</source>
        <translation>fondo</translation>
    </message>
    <message>
        <source>party</source>
        <translation>país u organización</translation>
    </message>
    <message>
        <source>presidency</source>
        <translation>presidencia</translation>
    </message>
    <message>
        <source>working group</source>
        <translation>grupo de trabajo</translation>
    </message>
    <message>
        <source>focal point</source>
        <translation>punto focal</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
</context>
<context>
    <name>pd::MonthView</name>
    <message>
        <source>Month calendar</source>
        <translation>Calendario mensual</translation>
    </message>
</context>
<context>
    <name>pd::ParticipantTableModel</name>
    <message>
        <source>(unknown party)</source>
        <translation>(entidad desconocida)</translation>
    </message>
    <message>
        <source>Country or organization</source>
        <translation>País u organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>pd::ParticipantsPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Country or &amp;organization:</source>
        <translation>País u &amp;organización:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>F2 changes the role of the selected participant; Delete removes it.</source>
        <translation>F2 cambia el rol del participante seleccionado; Delete lo quita.</translation>
    </message>
</context>
<context>
    <name>pd::PartyChecklist</name>
    <message>
        <source>Filter parties</source>
        <translation>Filtrar países y organizaciones</translation>
    </message>
    <message>
        <source>Filter the supporting parties</source>
        <translation>Filtrar los países y organizaciones de apoyo</translation>
    </message>
    <message>
        <source>Supporting parties</source>
        <translation>Países y organizaciones de apoyo</translation>
    </message>
</context>
<context>
    <name>pd::PartyDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>ISO 3166 code of a country, or an acronym</source>
        <translation>Código ISO 3166 de un país o una sigla</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nombre en inglés</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <source>Acronym in English</source>
        <translation>Sigla en inglés</translation>
    </message>
    <message>
        <source>Acronym in Spanish</source>
        <translation>Sigla en español</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>&amp;Member of the conference (answers consultations, owes contributions)</source>
        <translation>&amp;Miembro de la conferencia (responde a las consultas, adeuda contribuciones)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Return)</source>
        <translation>Guardar los cambios (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Enter a name in English or in Spanish.</source>
        <translation>Escriba un nombre en inglés o en español.</translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation>No se pudieron guardar los cambios: %1</translation>
    </message>
</context>
<context>
    <name>pd::PartyTableModel</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
</context>
<context>
    <name>pd::PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>%1 — %2, %3
Due %4, paid %5, outstanding %6</source>
        <translation>%1 — %2, %3
Adeudado %4, pagado %5, saldo pendiente %6</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Monto pagado</translation>
    </message>
    <message>
        <source>Date of the payment</source>
        <translation>Fecha del pago</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Bank reference, instalment, …</source>
        <translation>Referencia bancaria, cuota, …</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation>&amp;Registrar pago</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Escriba el monto pagado.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it as %2.</source>
        <translation>“%1” no es un monto; escríbalo como %2.</translation>
    </message>
    <message>
        <source>The amount paid must be more than zero.</source>
        <translation>El monto pagado debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The payment could not be recorded: %1</source>
        <translation>No se pudo registrar el pago: %1</translation>
    </message>
</context>
<context>
    <name>pd::PendingFollowUpModel</name>
    <message>
        <source>%1, on the agenda</source>
        <translation>%1, en la agenda</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation>Responsable del seguimiento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>pd::PresidencyTableModel</name>
    <message>
        <source>Presidency</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
</context>
<context>
    <name>pd::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>pd::ReportDialog</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English and Spanish</source>
        <translation>Inglés y español</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>List the &amp;participants</source>
        <translation>Incluir la lista de parti&amp;cipantes</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Exportar &amp;ODT…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>pd::SearchDialog</name>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search titles, descriptions and decision texts</source>
        <translation>Buscar en títulos, descripciones y textos de las conclusiones</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Conclusion %1</source>
        <translation>Conclusión %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>El mismo del sistema (%1)</translation>
    </message>
    <message>
        <source>Menus, pages, dates and amounts change at once. Records are shown in this language when they have it, else in the other.</source>
        <translation>Los menús, las páginas, las fechas y los montos cambian de inmediato. Los registros se muestran en este idioma cuando están disponibles en él; si no, en el otro.</translation>
    </message>
</context>
<context>
    <name>pd::TimelineView</name>
    <message>
        <source>Timeline of activities</source>
        <translation>Cronograma de actividades</translation>
    </message>
    <message>
        <source>Structural meetings</source>
        <translation>Reuniones estructurales</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation>%1 % completado</translation>
    </message>
    <message>
        <source>No activities with a target date in %1</source>
        <translation>No hay actividades con fecha prevista en %1</translation>
    </message>
</context>
<context>
    <name>pd::UnscheduledModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Meeting to be scheduled: %1</source>
        <translation>Reunión por programar: %1</translation>
    </message>
    <message>
        <source>Activity to be scheduled: %1</source>
        <translation>Actividad por programar: %1</translation>
    </message>
</context>
<context>
    <name>pd::UnscheduledPanel</name>
    <message>
        <source>Meetings and activities to be scheduled</source>
        <translation>Reuniones y actividades por programar</translation>
    </message>
    <message>
        <source>&amp;Assign Date…</source>
        <translation>&amp;Asignar fecha…</translation>
    </message>
    <message>
        <source>Drag an item onto a day, or assign it a date. Drop a dated item here to unschedule it.</source>
        <translation>Arrastre un elemento a un día o asígnele una fecha. Suelte aquí un elemento con fecha para quitarle la fecha.</translation>
    </message>
    <message>
        <source>To be scheduled (%1 of %2)</source>
        <translation>Por programar (%1 de %2)</translation>
    </message>
    <message>
        <source>To be scheduled (%1)</source>
        <translation>Por programar (%1)</translation>
    </message>
    <message>
        <source>Assign Date</source>
        <translation>Asignar fecha</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
</context>
<context>
    <name>pd::WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Calendario semanal</translation>
    </message>
</context>
<context>
    <name>pd::form</name>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>No Spanish version yet: Spanish lists and sheets will show the English one.</source>
        <translation>Aún no hay versión en español: las listas y hojas en español mostrarán la versión en inglés.</translation>
    </message>
    <message>
        <source>No English version yet: English lists and sheets will show the Spanish one.</source>
        <translation>Aún no hay versión en inglés: las listas y hojas en inglés mostrarán la versión en español.</translation>
    </message>
</context>
</TS>
