<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionItemCatalog</name>
    <message>
        <source>Cannot list the action items in %1: %2</source>
        <translation>No se pueden listar los elementos de acción de %1: %2</translation>
    </message>
    <message>
        <source>Cannot count the action items in %1: %2</source>
        <translation>No se pueden contar los elementos de acción de %1: %2</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Import COE Documents</source>
        <translation>Importar documentos COE</translation>
    </message>
    <message>
        <source>Import %1 into the archive %2?</source>
        <translation>¿Importar %1 al archivo %2?</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>%1 is not a Hindsight archive: it is an SQLite database of another application.</source>
        <translation>%1 no es un archivo de Hindsight: es una base de datos SQLite de otra aplicación.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Hindsight (schema %2; this version reads up to %3). Open it with a newer Hindsight.</source>
        <translation>%1 se creó con una versión más reciente de Hindsight (esquema %2; esta versión lee hasta el esquema %3). Ábralo con una versión más reciente de Hindsight.</translation>
    </message>
    <message>
        <source>%1 has an invalid schema version (%2).</source>
        <translation>%1 tiene una versión de esquema no válida (%2).</translation>
    </message>
    <message>
        <source>No archive file was given.</source>
        <translation>No se indicó ningún archivo de COE.</translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt SQLite driver (QSQLITE) is not available.</source>
        <translation>No se puede abrir %1: el controlador SQLite de Qt (QSQLITE) no está disponible.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, so it cannot be a Hindsight archive.</source>
        <translation>%1 no es una base de datos SQLite, así que no puede ser un archivo de Hindsight.</translation>
    </message>
    <message>
        <source>Cannot open %1 as an SQLite database: %2</source>
        <translation>No se puede abrir %1 como base de datos SQLite: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is damaged or not an SQLite database (%2).</source>
        <translation>No se puede leer %1: está dañado o no es una base de datos SQLite (%2).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the archive.</source>
        <translation>No se puede crear la carpeta %1 para el archivo de COE.</translation>
    </message>
    <message>
        <source>Cannot create %1: its folder cannot be written to.</source>
        <translation>No se puede crear %1: no se puede escribir en su carpeta.</translation>
    </message>
    <message>
        <source>%1 cannot be written to, so it was opened read-only: you can read and export its COEs but not save changes.</source>
        <translation>No se puede escribir en %1, así que se abrió en modo de solo lectura: puede leer y exportar sus COE, pero no guardar cambios.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to, so the archive was opened read-only: you can read and export its COEs but not save changes.</source>
        <translation>No se puede escribir en la carpeta de %1, así que el archivo se abrió en modo de solo lectura: puede leer y exportar sus COE, pero no guardar cambios.</translation>
    </message>
    <message>
        <source>%1 was opened read-only.</source>
        <translation>%1 se abrió en modo de solo lectura.</translation>
    </message>
    <message>
        <source>%1 is an empty database, not yet a Hindsight archive, and it is opened read-only.</source>
        <translation>%1 es una base de datos vacía, que todavía no es un archivo de Hindsight, y está abierta en modo de solo lectura.</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Hindsight (schema %2) and must be upgraded to schema %3, which cannot be done read-only.</source>
        <translation>%1 se creó con una versión anterior de Hindsight (esquema %2) y debe actualizarse al esquema %3, lo que no es posible en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2: %3</source>
        <translation>No se puede abrir %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot read its header</source>
        <translation>no se puede leer su encabezado</translation>
    </message>
    <message>
        <source>cannot configure the connection</source>
        <translation>no se puede configurar la conexión</translation>
    </message>
    <message>
        <source>cannot switch to write-ahead logging</source>
        <translation>no se puede cambiar al registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <source>journal mode is %1</source>
        <translation>el modo de diario (journal_mode) es %1</translation>
    </message>
    <message>
        <source>cannot read its schema version</source>
        <translation>no se puede leer su versión de esquema</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and was not upgraded to the current schema: nothing was written to it. Use File › Recover Archive… (or hindsight recover) to copy every COE that can still be read into a new archive.</source>
        <translation>%1 está dañado (%2) y no se actualizó al esquema actual: no se escribió nada en él. Use Archivo › Recuperar archivo de COE… (o hindsight recover) para copiar cada COE que todavía se pueda leer en un archivo nuevo.</translation>
    </message>
    <message>
        <source>%1 is damaged, so it was switched to read-only: nothing more is written to it. You can still read and export the COEs that can be read. Use File › Recover Archive… (or hindsight recover %1 NEW.sqlite) to copy every COE that can still be read into a new archive. (SQLite found: %2)</source>
        <translation>%1 está dañado, así que pasó a solo lectura: no se escribe nada más en él. Todavía puede leer y exportar los COE que se puedan leer. Use Archivo › Recuperar archivo de COE… (o hindsight recover %1 NUEVO.sqlite) para copiar cada COE que todavía se pueda leer en un archivo nuevo. (SQLite encontró: %2)</translation>
    </message>
    <message>
        <source>quick_check failed</source>
        <translation>quick_check falló</translation>
    </message>
    <message>
        <source>%1 was not written to: its check for damage could not run: %2</source>
        <translation>No se escribió en %1: no se pudo comprobar si está dañado: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for backups.</source>
        <translation>No se puede crear la carpeta %1 para las copias de seguridad.</translation>
    </message>
    <message>
        <source>%1 already exists: a backup never overwrites a file.</source>
        <translation>%1 ya existe: una copia de seguridad nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: its folder does not exist.</source>
        <translation>No se puede escribir la copia de seguridad %1: su carpeta no existe.</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2: %3</source>
        <translation>No se puede copiar %1 en %2: %3</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2: the finished copy could not be renamed.</source>
        <translation>No se puede copiar %1 en %2: no se pudo cambiar el nombre de la copia terminada.</translation>
    </message>
    <message>
        <source>Cannot open a PostgreSQL archive: the Qt PostgreSQL driver (QPSQL) is not available.</source>
        <translation>No se puede abrir un archivo de COE de PostgreSQL: el controlador PostgreSQL de Qt (QPSQL) no está disponible.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server of %1: %2</source>
        <translation>No se puede conectar con el servidor PostgreSQL de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hindsight archive: the database holds the tables of another application.</source>
        <translation>%1 no es un archivo de COE de Hindsight: la base de datos contiene las tablas de otra aplicación.</translation>
    </message>
    <message>
        <source>cannot read its privileges</source>
        <translation>no se pueden leer sus privilegios</translation>
    </message>
    <message>
        <source>%1 is an empty database, not yet a Hindsight archive, and this user may not create tables in it.</source>
        <translation>%1 es una base de datos vacía, aún no un archivo de COE de Hindsight, y este usuario no puede crear tablas en ella.</translation>
    </message>
    <message>
        <source>The user of %1 may not write to this archive, so it was opened read-only: you can read and export its COEs but not save changes.</source>
        <translation>El usuario de %1 no puede escribir en este archivo de COE, así que se abrió en solo lectura: puede leer y exportar sus COE, pero no guardar cambios.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL archive: back it up on the server (pg_dump).</source>
        <translation>%1 es un archivo de COE de PostgreSQL: haga su copia de seguridad en el servidor (pg_dump).</translation>
    </message>
    <message>
        <source>%1 is not an archive file.</source>
        <translation>%1 no es un archivo de COE.</translation>
    </message>
    <message>
        <source>%1 is not an archive of an older schema.</source>
        <translation>%1 no es un archivo de COE de un esquema anterior.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>No se puede copiar %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>ArchiveCopy</name>
    <message>
        <source>in the Trash since %1</source>
        <translation>en la Papelera desde %1</translation>
    </message>
    <message>
        <source>not in the Trash</source>
        <translation>fuera de la Papelera</translation>
    </message>
    <message>
        <source>untitled COE</source>
        <translation>COE sin título</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing was copied: both the archive to copy and the target must be given.</source>
        <translation>No se copió nada: hay que indicar tanto el archivo de COE que se copia como el de destino.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1 is the archive to copy itself.</source>
        <translation>No se copió nada: %1 es el mismo archivo de COE que se copia.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>No se copió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was copied: %1 already holds %n COE(s) (the Trash included).</source>
        <translation>
            <numerusform>No se copió nada: %1 ya contiene %n COE (Papelera incluida).</numerusform>
            <numerusform>No se copió nada: %1 ya contiene %n COE (Papelera incluida).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy was cancelled after %n COE(s): %1 holds those copied so far.</source>
        <translation>
            <numerusform>La copia se canceló tras %n COE: %1 contiene los copiados hasta entonces.</numerusform>
            <numerusform>La copia se canceló tras %n COE: %1 contiene los copiados hasta entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the archive to copy, %2 in the target</source>
        <translation>%1 en el archivo que se copia, %2 en el destino</translation>
    </message>
    <message>
        <source>The copy stopped at %1: %2</source>
        <translation>La copia se detuvo en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The comparison was cancelled after %n COE(s); every COE was copied to %1.</source>
        <translation>
            <numerusform>La comparación se canceló tras %n COE; todos los COE se copiaron en %1.</numerusform>
            <numerusform>La comparación se canceló tras %n COE; todos los COE se copiaron en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy could not be verified: %1</source>
        <translation>No se pudo verificar la copia: %1</translation>
    </message>
    <message>
        <source>the exported JSON differs at %1</source>
        <translation>el JSON exportado difiere en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s) differ between %1 and %2 after the copy; the first is %3: %4</source>
        <translation>
            <numerusform>%n COE difiere entre %1 y %2 tras la copia; es %3: %4</numerusform>
            <numerusform>%n COE difieren entre %1 y %2 tras la copia; el primero es %3: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s) of %1 could not be read and were not copied; the first is %2: %3</source>
        <translation>
            <numerusform>%n COE de %1 no se pudo leer y no se copió; es %2: %3</numerusform>
            <numerusform>%n COE de %1 no se pudieron leer y no se copiaron; el primero es %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n COE(s) from %1 to %2 (%3 in the Trash).</source>
        <translation>
            <numerusform>Se copió %n COE de %1 a %2 (%3 en la Papelera).</numerusform>
            <numerusform>Se copiaron %n COE de %1 a %2 (%3 en la Papelera).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n COE(s) from %1 to %2.</source>
        <translation>
            <numerusform>Se copió %n COE de %1 a %2.</numerusform>
            <numerusform>Se copiaron %n COE de %1 a %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there and identical</source>
        <translation>
            <numerusform>%n ya estaba y era idéntico</numerusform>
            <numerusform>%n ya estaban y eran idénticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n reemplazado</numerusform>
            <numerusform>%n reemplazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added beside the target&apos;s under a new uuid</source>
        <translation>
            <numerusform>%n añadido junto al del destino con un uuid nuevo</numerusform>
            <numerusform>%n añadidos junto a los del destino con un uuid nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left as they were in the target</source>
        <translation>
            <numerusform>%n conflicto dejado como estaba en el destino</numerusform>
            <numerusform>%n conflictos dejados como estaban en el destino</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: %1.</source>
        <translation>Combinados: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n COE(s): the exported JSON is identical on both sides.</source>
        <translation>
            <numerusform>Verificado %n COE: el JSON exportado es idéntico en ambos lados.</numerusform>
            <numerusform>Verificados %n COE: el JSON exportado es idéntico en ambos lados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveLocation</name>
    <message>
        <source>No archive was given.</source>
        <translation>No se indicó ningún archivo de COE.</translation>
    </message>
    <message>
        <source>%1 is not a file URL Hindsight can open.</source>
        <translation>%1 no es una URL de archivo que Hindsight pueda abrir.</translation>
    </message>
    <message>
        <source>%1 is neither an archive file nor a PostgreSQL connection URI (postgresql://…); Hindsight does not take it as a file name.</source>
        <translation>%1 no es ni un archivo de COE ni una URI de conexión de PostgreSQL (postgresql://…); Hindsight no lo toma como nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL connection URI: %2</source>
        <translation>%1 no es una URI de conexión de PostgreSQL válida: %2</translation>
    </message>
    <message>
        <source>bad percent-encoding in the database name</source>
        <translation>codificación por porcentaje incorrecta en el nombre de la base de datos</translation>
    </message>
    <message>
        <source>bad percent-encoding in the user name</source>
        <translation>codificación por porcentaje incorrecta en el nombre de usuario</translation>
    </message>
    <message>
        <source>bad percent-encoding in the password</source>
        <translation>codificación por porcentaje incorrecta en la contraseña</translation>
    </message>
    <message>
        <source>an IPv6 address without its closing ]</source>
        <translation>una dirección IPv6 sin su ] de cierre</translation>
    </message>
    <message>
        <source>unexpected text after an IPv6 address</source>
        <translation>texto inesperado tras una dirección IPv6</translation>
    </message>
    <message>
        <source>bad percent-encoding in the host</source>
        <translation>codificación por porcentaje incorrecta en el host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number</source>
        <translation>&apos;%1&apos; no es un número de puerto</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; has no value</source>
        <translation>el parámetro &apos;%1&apos; no tiene valor</translation>
    </message>
    <message>
        <source>bad percent-encoding in the parameter &apos;%1&apos;</source>
        <translation>codificación por porcentaje incorrecta en el parámetro &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a connection parameter</source>
        <translation>&apos;%1&apos; no es un parámetro de conexión</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an SSL mode (%2)</source>
        <translation>&apos;%1&apos; no es un modo SSL (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2 is not a folder.</source>
        <translation>No se puede abrir %1: %2 no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 does not exist. Hindsight creates a new archive file but never its folder; create the folder first or choose another place.</source>
        <translation>No se puede abrir %1: la carpeta %2 no existe. Hindsight crea un archivo de COE nuevo, pero nunca su carpeta; cree antes la carpeta o elija otro lugar.</translation>
    </message>
</context>
<context>
    <name>ArchiveOpener</name>
    <message>
        <source>The password was not accepted.</source>
        <translation>No se aceptó la contraseña.</translation>
    </message>
    <message>
        <source>%1 was not opened: no password was given.</source>
        <translation>%1 no se abrió: no se indicó ninguna contraseña.</translation>
    </message>
</context>
<context>
    <name>ArchivePresence</name>
    <message>
        <source>Others cannot see that this COE is open here: %1</source>
        <translation>Los demás no pueden ver que este COE está abierto aquí: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveRecovery</name>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>COE %1 (row %2)</source>
        <translation>COE %1 (fila %2)</translation>
    </message>
    <message>
        <source>“%1” (COE %2, row %3)</source>
        <translation>«%1» (COE %2, fila %3)</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>%1 already exists: recovery writes a new archive and never overwrites a file.</source>
        <translation>%1 ya existe: la recuperación escribe un archivo de COE nuevo y nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to recover %1: %2</source>
        <translation>No se puede crear una carpeta temporal para recuperar %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 to recover it.</source>
        <translation>No se puede leer %1 para recuperarlo.</translation>
    </message>
    <message>
        <source>Cannot open %1 at all: %2</source>
        <translation>No se puede abrir %1 de ninguna manera: %2</translation>
    </message>
    <message>
        <source>its row cannot be read</source>
        <translation>su fila no se puede leer</translation>
    </message>
    <message>
        <source>Nothing can be read from %1: %2</source>
        <translation>No se puede leer nada de %1: %2</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>axis title and unit</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>N = %1</source>
        <translation>N = %1</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>percentil 90</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: sin datos</translation>
    </message>
    <message>
        <source>%1: median %2, 90th percentile %3, N = %4</source>
        <translation>%1: mediana %2, percentil 90 %3, N = %4</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>% acumulado</translation>
    </message>
    <message>
        <source>cumulative %1%</source>
        <translation>acumulado %1%</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mín.</translation>
    </message>
    <message>
        <source>%1 max</source>
        <translation>%1 máx.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>5 Whys</source>
        <translation>5 porqués</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Elementos de acción</translation>
    </message>
    <message>
        <source>Related items</source>
        <translation>Elementos relacionados</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>Review check: %1
</source>
        <translation>Revisión: %1
</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>Sin hallazgos.
</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n error, </numerusform>
            <numerusform>%n errores, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), </source>
        <translation>
            <numerusform>%n advertencia, </numerusform>
            <numerusform>%n advertencias, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)
</source>
        <translation>
            <numerusform>%n nota
</numerusform>
            <numerusform>%n notas
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gaps longer than %n minute(s)
</source>
        <translation>
            <numerusform>Intervalos de más de %n minuto
</numerusform>
            <numerusform>Intervalos de más de %n minutos
</numerusform>
        </translation>
    </message>
    <message>
        <source>  none
</source>
        <translation>  ninguno
</translation>
    </message>
    <message numerus="yes">
        <source>around %n min</source>
        <translation>
            <numerusform>aprox. %n min</numerusform>
            <numerusform>aprox. %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>explained</source>
        <translation>explicado</translation>
    </message>
    <message>
        <source>NOT explained</source>
        <translation>NO explicado</translation>
    </message>
    <message>
        <source>Durations
</source>
        <translation>Duraciones
</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Tiempo hasta la detección</translation>
    </message>
    <message>
        <source>Time to diagnose</source>
        <translation>Tiempo hasta el diagnóstico</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Tiempo hasta la mitigación</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Tiempo hasta la resolución</translation>
    </message>
    <message>
        <source>Review record</source>
        <translation>Registro de la revisión</translation>
    </message>
</context>
<context>
    <name>CoeCatalog</name>
    <message>
        <source>Cannot list the COEs in %1: %2</source>
        <translation>No se pueden listar los COE de %1: %2</translation>
    </message>
    <message>
        <source>Cannot count the COEs in %1: %2</source>
        <translation>No se pueden contar los COE de %1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: the archive %1 is open read-only.</source>
        <translation>No se cambió nada: el archivo %1 está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The COE %1 was not changed in %2: %3</source>
        <translation>El COE %1 no se cambió en %2: %3</translation>
    </message>
    <message>
        <source>The archive %2 holds no COE %1 outside the Trash.</source>
        <translation>El archivo %2 no contiene el COE %1 fuera de la Papelera.</translation>
    </message>
    <message>
        <source>The Trash of %2 holds no COE %1.</source>
        <translation>La Papelera de %2 no contiene el COE %1.</translation>
    </message>
    <message>
        <source>The Trash was not emptied: the archive %1 is open read-only.</source>
        <translation>No se vació la Papelera: el archivo %1 está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The Trash of %1 was not emptied: %2</source>
        <translation>No se vació la Papelera de %1: %2</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(copia)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>The Trash was not emptied: %1</source>
        <translation>La papelera no se vació: %1</translation>
    </message>
    <message>
        <source>The COE %1 was not moved to the Trash: no valid time was given.</source>
        <translation>El COE %1 no se movió a la Papelera: no se indicó una hora válida.</translation>
    </message>
</context>
<context>
    <name>CoeDiff</name>
    <message>
        <source>timeline</source>
        <translation>cronología</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>métricas</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>preguntas</translation>
    </message>
    <message>
        <source>whys</source>
        <translation>porqués</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acciones</translation>
    </message>
    <message>
        <source>related</source>
        <translation>relacionados</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impacto</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>reviewers</source>
        <translation>revisores</translation>
    </message>
    <message>
        <source>services</source>
        <translation>servicios</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>%1 edited</source>
        <translation>%1 editado</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) done</source>
        <translation>
            <numerusform>%n acción hecha</numerusform>
            <numerusform>%n acciones hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) replaced</source>
        <translation>
            <numerusform>%n imagen sustituida</numerusform>
            <numerusform>%n imágenes sustituidas</numerusform>
        </translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>estado %1 → %2</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 cambiado</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <source>review questions</source>
        <translation>preguntas de revisión</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n agregado</numerusform>
            <numerusform>%n agregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n quitado</numerusform>
            <numerusform>%n quitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resuelto</numerusform>
            <numerusform>%n resueltos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reopened</source>
        <translation>
            <numerusform>%n reabierto</numerusform>
            <numerusform>%n reabiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n editado</numerusform>
            <numerusform>%n editados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n movido</numerusform>
            <numerusform>%n movidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>approval removed</source>
        <translation>aprobación retirada</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>aprobado por %1</translation>
    </message>
    <message>
        <source>contributing factors</source>
        <translation>factores contribuyentes</translation>
    </message>
    <message>
        <source>detection</source>
        <translation>detección</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>series: %1</source>
        <translation>serie: %1</translation>
    </message>
</context>
<context>
    <name>CoeDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Edit Timeline Entry</source>
        <translation>Editar entrada de la cronología</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>revisores</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>servicios</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>Customers Affected</source>
        <translation>clientes afectados</translation>
    </message>
    <message>
        <source>Impact Description</source>
        <translation>descripción del impacto</translation>
    </message>
    <message>
        <source>Financial Impact</source>
        <translation>impacto financiero</translation>
    </message>
    <message>
        <source>SLA Breach</source>
        <translation>incumplimiento del SLA</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>pilares</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>consecuencias</translation>
    </message>
    <message>
        <source>Second-Order Impact</source>
        <translation>impacto de segundo orden</translation>
    </message>
    <message>
        <source>Customer Sentiment</source>
        <translation>percepción de los clientes</translation>
    </message>
    <message>
        <source>Problem Statement</source>
        <translation>planteamiento del problema</translation>
    </message>
    <message>
        <source>Add Timeline Entry</source>
        <translation>Agregar entrada a la cronología</translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation>Agregar métrica</translation>
    </message>
    <message>
        <source>Delete Metric</source>
        <translation>Eliminar métrica</translation>
    </message>
    <message>
        <source>Edit Metric</source>
        <translation>Editar métrica</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Agregar imagen</translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>Eliminar imagen</translation>
    </message>
    <message>
        <source>Edit Image Caption</source>
        <translation>Editar pie de imagen</translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <source>Delete Question</source>
        <translation>Eliminar pregunta</translation>
    </message>
    <message>
        <source>Answer Question</source>
        <translation>Responder pregunta</translation>
    </message>
    <message>
        <source>Edit Question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>Move Question</source>
        <translation>Mover pregunta</translation>
    </message>
    <message>
        <source>Add Why</source>
        <translation>Agregar porqué</translation>
    </message>
    <message>
        <source>Delete Why</source>
        <translation>Eliminar porqué</translation>
    </message>
    <message>
        <source>Edit Why</source>
        <translation>Editar porqué</translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation>Agregar elemento de acción</translation>
    </message>
    <message>
        <source>Edit Action Item</source>
        <translation>Editar elemento de acción</translation>
    </message>
    <message>
        <source>Add Related Item</source>
        <translation>Agregar elemento relacionado</translation>
    </message>
    <message>
        <source>Delete Related Item</source>
        <translation>Eliminar elemento relacionado</translation>
    </message>
    <message>
        <source>Edit Related Item</source>
        <translation>Editar elemento relacionado</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Timeline Entries</source>
        <translation>
            <numerusform>Pegar %n entrada de la cronología</numerusform>
            <numerusform>Pegar %n entradas de la cronología</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Timeline Entries</source>
        <translation>
            <numerusform>Eliminar %n entrada de la cronología</numerusform>
            <numerusform>Eliminar %n entradas de la cronología</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Action Items</source>
        <translation>
            <numerusform>Eliminar %n elemento de acción</numerusform>
            <numerusform>Eliminar %n elementos de acción</numerusform>
        </translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Detected By</source>
        <translation>Detectado por</translation>
    </message>
    <message>
        <source>How It Was Detected</source>
        <translation>Cómo se detectó</translation>
    </message>
    <message>
        <source>Add Contributing Factor</source>
        <translation>Agregar factor contribuyente</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Contributing Factors</source>
        <translation>
            <numerusform>Eliminar %n factor contribuyente</numerusform>
            <numerusform>Eliminar %n factores contribuyentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Contributing Factor</source>
        <translation>Editar factor contribuyente</translation>
    </message>
    <message>
        <source>Make Action Item</source>
        <translation>Crear elemento de acción</translation>
    </message>
    <message>
        <source>A metric holds at most %1 series; this one has %2 and the file brings %3.</source>
        <translation>Una métrica tiene como máximo %1 series; esta tiene %2 y el archivo aporta %3.</translation>
    </message>
    <message>
        <source>Series &quot;%1&quot; has %2 points; a series holds at most %3.</source>
        <translation>La serie &quot;%1&quot; tiene %2 puntos; una serie tiene como máximo %3.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Series</source>
        <translation>
            <numerusform>Agregar %n serie</numerusform>
            <numerusform>Agregar %n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Series</source>
        <translation>Eliminar serie</translation>
    </message>
    <message>
        <source>Edit Threshold</source>
        <translation>Editar umbral</translation>
    </message>
    <message>
        <source>Change Chart Window</source>
        <translation>Cambiar ventana del gráfico</translation>
    </message>
    <message>
        <source>Change Template</source>
        <translation>Cambiar plantilla</translation>
    </message>
</context>
<context>
    <name>CoeImporter</name>
    <message>
        <source>%1: a COE with uuid %2 is already in the archive; nothing imported (choose replace or copy)</source>
        <translation>%1: ya hay un COE con el uuid %2 en el archivo; no se importó nada (elija replace o copy)</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: no se importó: %2</translation>
    </message>
    <message>
        <source>%1: replaced COE %2</source>
        <translation>%1: se reemplazó el COE %2</translation>
    </message>
    <message>
        <source>%1: imported as a copy with the new uuid %2</source>
        <translation>%1: se importó como copia con el nuevo uuid %2</translation>
    </message>
    <message>
        <source>%1: imported as %2</source>
        <translation>%1: se importó como %2</translation>
    </message>
</context>
<context>
    <name>CoeJson</name>
    <message>
        <source>the document is %1 MiB; documents larger than %2 MiB are refused</source>
        <translation>el documento ocupa %1 MiB; se rechazan los documentos de más de %2 MiB</translation>
    </message>
    <message>
        <source>the document must be a JSON object ({ &quot;format&quot;: &quot;coe&quot;, ... })</source>
        <translation>el documento debe ser un objeto JSON ({ &quot;format&quot;: &quot;coe&quot;, ... })</translation>
    </message>
    <message>
        <source>the document is nested too deeply (more than about 1000 levels of arrays and objects) to be read</source>
        <translation>el documento tiene demasiados niveles de anidamiento (más de unos 1000 niveles de arreglos y objetos) para poder leerlo</translation>
    </message>
    <message>
        <source>the document is too large to be read</source>
        <translation>el documento es demasiado grande para poder leerlo</translation>
    </message>
    <message>
        <source>JSON syntax error: the document ends too early, is it truncated? (%1)</source>
        <translation>error de sintaxis de JSON: el documento termina antes de tiempo; ¿está truncado? (%1)</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>error de sintaxis de JSON: %1</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
    <message>
        <source>not valid UTF-8: byte offset %1 (line %2) is not part of a UTF-8 character; save the file as UTF-8</source>
        <translation>UTF-8 no válido: el byte en la posición %1 (línea %2) no forma parte de un carácter UTF-8; guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the document is larger than %1 MiB and is refused</source>
        <translation>el documento ocupa más de %1 MiB y se rechaza</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>not an RFC 3339 instant such as 2024-03-07T14:05:00Z: &quot;%1&quot;</source>
        <translation>no es un instante RFC 3339 como 2024-03-07T14:05:00Z: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the instant &quot;%1&quot; has no offset; add Z for UTC or the offset it was written in, such as -08:00</source>
        <translation>el instante &quot;%1&quot; no tiene desfase horario; agregue Z para UTC o el desfase con el que se escribió, como -08:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date and time</source>
        <translation>&quot;%1&quot; no corresponde a una fecha y hora reales</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an impossible offset</source>
        <translation>&quot;%1&quot; tiene un desfase horario imposible</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>&quot;%1&quot; está fuera del rango admitido</translation>
    </message>
    <message>
        <source>not a COE document: format is %1, expected &quot;coe&quot;</source>
        <translation>no es un documento COE: el formato es %1, se esperaba &quot;coe&quot;</translation>
    </message>
    <message>
        <source>format version %1 is not supported; this version of Hindsight reads version 1</source>
        <translation>la versión de formato %1 no es compatible; esta versión de Hindsight lee la versión 1</translation>
    </message>
    <message>
        <source>not a UUID: %1 (expected the form 3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11)</source>
        <translation>no es un UUID: %1 (se esperaba la forma 3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11)</translation>
    </message>
    <message>
        <source>no uuid in the file; a new one was made</source>
        <translation>el archivo no tiene uuid; se generó uno nuevo</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5, found %1</source>
        <translation>debe ser un número entero del 1 al 5; se encontró %1</translation>
    </message>
    <message>
        <source>unknown time zone %1; expected an IANA name such as UTC, Europe/Dublin or America/Bogota</source>
        <translation>zona horaria desconocida %1; se esperaba un nombre IANA como UTC, Europe/Dublin o America/Bogota</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0, found %1</source>
        <translation>debe ser un número entero mayor o igual que 0; se encontró %1</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>número demasiado grande</translation>
    </message>
    <message>
        <source>expected a whole number or null, found %1</source>
        <translation>se esperaba un número entero o null; se encontró %1</translation>
    </message>
    <message>
        <source>expected true, false or null, found %1</source>
        <translation>se esperaba true, false o null; se encontró %1</translation>
    </message>
    <message>
        <source>must be a number of at least 0</source>
        <translation>debe ser un número mayor o igual que 0</translation>
    </message>
    <message>
        <source>not an ISO 4217 currency code: %1 (expected three capital letters such as USD or EUR)</source>
        <translation>no es un código de moneda ISO 4217: %1 (se esperaban tres letras mayúsculas, como USD o EUR)</translation>
    </message>
    <message>
        <source>expected an object or null, found %1</source>
        <translation>se esperaba un objeto o null; se encontró %1</translation>
    </message>
    <message>
        <source>pillar %1 is listed twice</source>
        <translation>el pilar %1 aparece dos veces</translation>
    </message>
    <message>
        <source>the timeline has %1 entries; at most %2 can be imported</source>
        <translation>la cronología tiene %1 entradas; se pueden importar como máximo %2</translation>
    </message>
    <message>
        <source>milestone %1 appears more than once (first at %2)</source>
        <translation>el hito %1 aparece más de una vez (la primera, en %2)</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>base64 no válido</translation>
    </message>
    <message>
        <source>id %1 is already used by %2</source>
        <translation>el id %1 ya lo usa %2</translation>
    </message>
    <message>
        <source>must not be empty; use null for a step that asks why the problem happened</source>
        <translation>no debe estar vacío; use null para un paso que pregunta por qué ocurrió el problema</translation>
    </message>
    <message>
        <source>expected a string or null, found %1</source>
        <translation>se esperaba una cadena o null; se encontró %1</translation>
    </message>
    <message>
        <source>not a real date in the form YYYY-MM-DD: %1</source>
        <translation>no es una fecha real con la forma YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>refers to why id %1, which does not exist</source>
        <translation>hace referencia al porqué con id %1, que no existe</translation>
    </message>
    <message>
        <source>the parent chain goes round in a cycle: %1</source>
        <translation>la cadena de padres forma un ciclo: %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un arreglo</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1; se encontró %2</translation>
    </message>
    <message>
        <source>unknown value %1; expected one of: %2</source>
        <translation>valor desconocido %1; se esperaba uno de estos: %2</translation>
    </message>
    <message>
        <source>contains an unpaired surrogate escape (\ud800 to \udfff without its partner)</source>
        <translation>contiene un escape de sustituto sin pareja (\ud800 a \udfff sin su compañero)</translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <translation>clave desconocida; se ignora</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>falta una clave obligatoria</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message numerus="yes">
        <source>too long: %n characters, at most %1</source>
        <translation>
            <numerusform>demasiado largo: %n carácter, como máximo %1</numerusform>
            <numerusform>demasiado largo: %n caracteres, como máximo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>raw control character U+%1 inside a string; write it escaped, such as \n, \t or \u0000</source>
        <translation>carácter de control U+%1 sin escapar dentro de una cadena; escríbalo escapado, como \n, \t o \u0000</translation>
    </message>
    <message>
        <source>control character U+%1 outside a string</source>
        <translation>carácter de control U+%1 fuera de una cadena</translation>
    </message>
    <message>
        <source>%1 is not a JSON number (write numbers such as 0.5, 1, 1.0 or 1e3)</source>
        <translation>%1 no es un número JSON (escriba números como 0.5, 1, 1.0 o 1e3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more precise than a millisecond; instants keep at most three decimals of a second</source>
        <translation>&quot;%1&quot; es más preciso que un milisegundo; los instantes guardan como máximo tres decimales de segundo</translation>
    </message>
    <message>
        <source>the nil uuid identifies no document; a new one was made</source>
        <translation>el uuid nulo no identifica ningún documento; se creó uno nuevo</translation>
    </message>
    <message>
        <source>must be at most 10^15 (1000000000000000); larger amounts cannot be kept exactly</source>
        <translation>debe ser como máximo 10^15 (1000000000000000); los montos mayores no se pueden guardar con exactitud</translation>
    </message>
    <message>
        <source>the SVG cannot be checked (%1); it is kept but never shown</source>
        <translation>el SVG no se puede comprobar (%1); se conserva, pero nunca se muestra</translation>
    </message>
    <message>
        <source>removed what the SVG refers to outside itself: %1</source>
        <translation>se quitó lo que el SVG referencia fuera de sí mismo: %1</translation>
    </message>
    <message>
        <source>there are %1 why steps; at most %2 can be imported</source>
        <translation>hay %1 pasos de porqués; se pueden importar como máximo %2</translation>
    </message>
    <message>
        <source>this step is %1 steps deep; a why chain can be at most %2 steps deep</source>
        <translation>este paso tiene %1 niveles de profundidad; una cadena de porqués puede tener como máximo %2</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1, found %1</source>
        <translation>debe ser un número entero mayor o igual que 1; se encontró %1</translation>
    </message>
    <message>
        <source>refers to action item id %1, which does not exist</source>
        <translation>hace referencia al elemento de acción con id %1, que no existe</translation>
    </message>
    <message>
        <source>refers to comment id %1, which does not exist</source>
        <translation>hace referencia al comentario con id %1, que no existe</translation>
    </message>
    <message>
        <source>a comment cannot answer itself</source>
        <translation>un comentario no puede responderse a sí mismo</translation>
    </message>
    <message numerus="yes">
        <source>refers to timeline entry %1 (counting from 0 in time order), but the timeline has %n entries</source>
        <translation>
            <numerusform>hace referencia a la entrada %1 de la cronología (contando desde 0 en orden temporal), pero la cronología tiene %n entrada</numerusform>
            <numerusform>hace referencia a la entrada %1 de la cronología (contando desde 0 en orden temporal), pero la cronología tiene %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>not a place in the COE: %1 (expected a section such as summary or timeline, or timeline:N, why:ID or action:ID)</source>
        <translation>no es un lugar del COE: %1 (se esperaba una sección como summary o timeline, o timeline:N, why:ID o action:ID)</translation>
    </message>
    <message>
        <source>the window ends before it starts</source>
        <translation>la ventana termina antes de comenzar</translation>
    </message>
    <message>
        <source>%1 series; a metric holds at most %2</source>
        <translation>%1 series; una métrica tiene como máximo %2</translation>
    </message>
    <message>
        <source>%1 points; a series holds at most %2</source>
        <translation>%1 puntos; una serie tiene como máximo %2</translation>
    </message>
    <message>
        <source>expected a point [time, value or null]</source>
        <translation>se esperaba un punto [hora, valor o null]</translation>
    </message>
    <message>
        <source>the time: %1</source>
        <translation>la hora: %1</translation>
    </message>
    <message>
        <source>the value: expected a number or null, found %1</source>
        <translation>el valor: se esperaba un número o null, se encontró %1</translation>
    </message>
    <message>
        <source>earlier than the point before it; points are in time order</source>
        <translation>anterior al punto previo; los puntos están en orden cronológico</translation>
    </message>
    <message>
        <source>%1 more points are wrong</source>
        <translation>%1 puntos más son incorrectos</translation>
    </message>
</context>
<context>
    <name>CoeMarkdown</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CoeMerge</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sin hora</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>aproximada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Gap explanation</source>
        <translation>Explicación del intervalo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>causa raíz</translation>
    </message>
    <message>
        <source>human error</source>
        <translation>error humano</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Porque</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Debajo de</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Whys</source>
        <translation>Porqués</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Timeline entry at %1</source>
        <translation>Entrada de la cronología a las %1</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>Métrica: %1</translation>
    </message>
    <message>
        <source>Question (%1): %2</source>
        <translation>Pregunta (%1): %2</translation>
    </message>
    <message>
        <source>Why step %1</source>
        <translation>Paso de por qué %1</translation>
    </message>
    <message>
        <source>Action item %1</source>
        <translation>Elemento de acción %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Relacionado: %1</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Aprobado por %1 el %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation>(versión %1)</translation>
    </message>
    <message>
        <source>Meeting on %1</source>
        <translation>Reunión del %1</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Comment by %1: %2</source>
        <translation>Comentario de %1: %2</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>(resuelto)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Review record</source>
        <translation>Registro de la revisión</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n point(s))</source>
        <translation>
            <numerusform>%1 (%2, %n punto)</numerusform>
            <numerusform>%1 (%2, %n puntos)</numerusform>
        </translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>sin unidad</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
</context>
<context>
    <name>CoeRepository</name>
    <message>
        <source>The untitled COE</source>
        <translation>El COE sin título</translation>
    </message>
    <message>
        <source>%1 was not saved: the archive %2 is open read-only.</source>
        <translation>%1 no se guardó: el archivo %2 está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>%1 was not saved: it has no identifier (uuid).</source>
        <translation>%1 no se guardó: no tiene identificador (uuid).</translation>
    </message>
    <message>
        <source>%1 was not saved to %2: %3</source>
        <translation>%1 no se guardó en %2: %3</translation>
    </message>
    <message>
        <source>%1 was not saved: the archive already holds a COE with the same identifier (uuid %2).</source>
        <translation>%1 no se guardó: el archivo ya contiene un COE con el mismo identificador (uuid %2).</translation>
    </message>
    <message>
        <source>%1 was not saved: it was deleted from the archive by another window or process since it was loaded.</source>
        <translation>%1 no se guardó: otra ventana u otro proceso lo eliminó del archivo después de que se cargó.</translation>
    </message>
    <message>
        <source>%1 was not saved: it was changed by another window or process since it was loaded (archive revision %2, this copy revision %3). Nothing was overwritten.</source>
        <translation>%1 no se guardó: otra ventana u otro proceso lo modificó después de que se cargó (revisión en el archivo: %2; revisión de esta copia: %3). No se sobrescribió nada.</translation>
    </message>
    <message>
        <source>Cannot load the COE %1 from %2: %3</source>
        <translation>No se puede cargar el COE %1 desde %2: %3</translation>
    </message>
    <message>
        <source>The archive %2 holds no COE %1.</source>
        <translation>El archivo %2 no contiene el COE %1.</translation>
    </message>
    <message>
        <source>The COE %1 was not deleted: the archive %2 is open read-only.</source>
        <translation>El COE %1 no se eliminó: el archivo %2 está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The COE %1 was not deleted from %2: %3</source>
        <translation>El COE %1 no se eliminó de %2: %3</translation>
    </message>
    <message>
        <source>Cannot list the COEs in %1: %2</source>
        <translation>No se pueden listar los COE de %1: %2</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 no se guardó: %2</translation>
    </message>
    <message>
        <source>The COE %1 was not deleted: %2</source>
        <translation>El COE %1 no se eliminó: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cannot load %n COE(s) from %1: %2</source>
        <translation>
            <numerusform>No se puede cargar %n COE de %1: %2</numerusform>
            <numerusform>No se pueden cargar %n COE de %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoeVersions</name>
    <message>
        <source>the stored version is not a compressed document</source>
        <translation>la versión guardada no es un documento comprimido</translation>
    </message>
    <message>
        <source>No version of the COE %1 was recorded in %2: %3</source>
        <translation>No se registró ninguna versión del COE %1 en %2: %3</translation>
    </message>
    <message>
        <source>the archive is open read-only</source>
        <translation>el archivo de COE está abierto en modo de solo lectura</translation>
    </message>
    <message>
        <source>the archive holds no such COE</source>
        <translation>el archivo de COE no contiene ese COE</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>primera versión</translation>
    </message>
    <message>
        <source>Cannot read the versions of the COE %1 in %2: %3</source>
        <translation>No se pueden leer las versiones del COE %1 en %2: %3</translation>
    </message>
    <message>
        <source>Cannot load version %1 of the COE %2 from %3: %4</source>
        <translation>No se puede cargar la versión %1 del COE %2 de %3: %4</translation>
    </message>
    <message>
        <source>The archive %3 holds no version %1 of the COE %2.</source>
        <translation>El archivo de COE %3 no contiene la versión %1 del COE %2.</translation>
    </message>
    <message>
        <source>The versions of the COE %1 were not copied: %2</source>
        <translation>No se copiaron las versiones del COE %1: %2</translation>
    </message>
    <message>
        <source>The old versions in %1 were not thinned: %2</source>
        <translation>No se aclararon las versiones antiguas de %1: %2</translation>
    </message>
    <message>
        <source>version %1 is stored as the difference from version %2, which the archive does not hold</source>
        <translation>la versión %1 está guardada como la diferencia respecto de la versión %2, que el archivo de COE no contiene</translation>
    </message>
    <message>
        <source>the stored version %1 is not a compressed document</source>
        <translation>la versión guardada %1 no es un documento comprimido</translation>
    </message>
    <message>
        <source>the stored version %1 is not compressed data</source>
        <translation>la versión guardada %1 no son datos comprimidos</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>versión %1: %2</translation>
    </message>
    <message>
        <source>the stored document is damaged: %1</source>
        <translation>el documento guardado está dañado: %1</translation>
    </message>
    <message>
        <source>The day old versions were thinned was not recorded in %1: %2</source>
        <translation>No se registró en %1 el día en que se depuraron las versiones antiguas: %2</translation>
    </message>
    <message>
        <source>a version went while it was read</source>
        <translation>una versión desapareció mientras se leía</translation>
    </message>
    <message>
        <source>the stored difference is not compressed data</source>
        <translation>la diferencia guardada no son datos comprimidos</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The command to run (see above).</source>
        <translation>El comando que se ejecutará (vea arriba).</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[command]</translation>
    </message>
    <message>
        <source>no command given; see --help</source>
        <translation>no se indicó ningún comando; vea --help</translation>
    </message>
    <message>
        <source>import: what to do when the uuid is already in the archive: fail, replace or copy.</source>
        <translation>import: qué hacer cuando el uuid ya está en el archivo de COE: fail, replace o copy.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>check: the gap threshold in minutes.</source>
        <translation>check: el umbral de los intervalos, en minutos.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>export-pdf: the sections to include, comma separated.</source>
        <translation>export-pdf: las secciones que se incluirán, separadas por comas.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>export-pdf: write all named COEs into one review packet.</source>
        <translation>export-pdf: escribe todos los COE indicados en un solo paquete de revisión.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>search: at most N results.</source>
        <translation>search: como máximo N resultados.</translation>
    </message>
    <message>
        <source>actions: only overdue items.</source>
        <translation>actions: solo los elementos de acción vencidos.</translation>
    </message>
    <message>
        <source>actions: write CSV instead of tab-separated text.</source>
        <translation>actions: escribe CSV en lugar de texto separado por tabulaciones.</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (vea --help)</translation>
    </message>
    <message>
        <source>%1 can only be read: nothing can be written to it</source>
        <translation>%1 es de solo lectura: no se puede escribir nada en él</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a uuid</source>
        <translation>&apos;%1&apos; no es un uuid</translation>
    </message>
    <message>
        <source>no COE with uuid %1 in %2</source>
        <translation>no hay ningún COE con el uuid %1 en %2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>import needs at least one FILE.coe.json</source>
        <translation>import necesita al menos un FILE.coe.json</translation>
    </message>
    <message>
        <source>--on-conflict takes fail, replace or copy</source>
        <translation>--on-conflict admite fail, replace o copy</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1: no se importó nada</translation>
    </message>
    <message>
        <source>export-json takes UUID and OUT.coe.json (or - for standard output)</source>
        <translation>export-json necesita UUID y OUT.coe.json (o - para la salida estándar)</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list no admite argumentos</translation>
    </message>
    <message>
        <source>check takes one UUID or FILE.coe.json</source>
        <translation>check necesita un UUID o un FILE.coe.json</translation>
    </message>
    <message>
        <source>--format takes text or json</source>
        <translation>--format admite text o json</translation>
    </message>
    <message>
        <source>--gap-minutes takes a whole number of minutes, 1 or more</source>
        <translation>--gap-minutes admite un número entero de minutos, 1 o más</translation>
    </message>
    <message>
        <source>export-pdf --packet OUT.pdf takes one or more UUIDs</source>
        <translation>export-pdf --packet OUT.pdf necesita uno o más UUID</translation>
    </message>
    <message>
        <source>export-pdf takes UUID and OUT.pdf (or several UUIDs with --packet OUT.pdf)</source>
        <translation>export-pdf necesita UUID y OUT.pdf (o varios UUID con --packet OUT.pdf)</translation>
    </message>
    <message>
        <source>export-md takes UUID and OUT.md</source>
        <translation>export-md necesita UUID y OUT.md</translation>
    </message>
    <message>
        <source>%1 does not exist: this command reads an archive and does not create one (import creates one)</source>
        <translation>%1 no existe: este comando lee un archivo de COE y no crea uno (import crea uno)</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), not a Hindsight archive: nothing was read and the file was left as it is</source>
        <translation>%1 está vacío (0 bytes), no es un archivo de COE de Hindsight: no se leyó nada y el archivo quedó como estaba</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n COE(s) into %1</source>
        <translation>
            <numerusform>Se recuperó %n COE en %1</numerusform>
            <numerusform>Se recuperaron %n COE en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read</source>
        <translation>
            <numerusform>; %n no se pudo leer</numerusform>
            <numerusform>; %n no se pudieron leer</numerusform>
        </translation>
    </message>
    <message>
        <source>copy-archive: copy into a target that already holds COEs; --on-conflict decides about a uuid both hold (fail leaves the target&apos;s, replace overwrites it, copy adds the source&apos;s under a new uuid).</source>
        <translation>copy-archive: copiar en un destino que ya contiene COE; --on-conflict decide sobre un uuid que ambos contienen (fail deja el del destino, replace lo sobrescribe, copy añade el del origen con un uuid nuevo).</translation>
    </message>
    <message>
        <source>The archive to use instead of the default one: a file, or a team archive&apos;s PostgreSQL URI (postgresql://user@host/database).</source>
        <translation>El archivo de COE que se usa en lugar del predeterminado: un archivo o la URI de PostgreSQL de un archivo de equipo (postgresql://usuario@host/base_de_datos).</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>ARCHIVO|URI</translation>
    </message>
    <message>
        <source>export: internal, review or customer.</source>
        <translation>export: internal, review o customer.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>export takes UUID and OUT (OUT.pdf, OUT.md, OUT.odt or OUT.html)</source>
        <translation>export toma UUID y OUT (OUT.pdf, OUT.md, OUT.odt u OUT.html)</translation>
    </message>
    <message>
        <source>cannot tell the format of %1 from its name: give --format pdf, md, odt or html</source>
        <translation>no se puede saber el formato de %1 por su nombre: indique --format pdf, md, odt o html</translation>
    </message>
    <message>
        <source>none of the sections given is in the profile %1</source>
        <translation>ninguna de las secciones indicadas está en el perfil %1</translation>
    </message>
    <message>
        <source>init-team-archive takes one PostgreSQL URI (postgresql://user@host:5432/database)</source>
        <translation>init-team-archive toma una URI de PostgreSQL (postgresql://usuario@host:5432/base_de_datos)</translation>
    </message>
    <message>
        <source>init-team-archive names its database itself: URI, not --archive</source>
        <translation>init-team-archive nombra su base de datos por sí misma: URI, no --archive</translation>
    </message>
    <message>
        <source>export --profile customer: host name patterns to hide, comma separated (*.corp.example.com); by default those last given in the Export dialog, &quot;&quot; for none.</source>
        <translation>export --profile customer: patrones de nombres de host que se ocultan, separados por comas (*.corp.example.com); por omisión, los últimos indicados en el diálogo Exportar; &quot;&quot; para ninguno.</translation>
    </message>
    <message>
        <source>export --profile customer: domains whose URLs are internal, comma separated; by default those last given in the Export dialog, &quot;&quot; for none.</source>
        <translation>export --profile customer: dominios cuyas URL son internas, separados por comas; por omisión, los últimos indicados en el diálogo Exportar; &quot;&quot; para ninguno.</translation>
    </message>
    <message>
        <source>check, diff: text or json. export: pdf, md, odt or html.</source>
        <translation>check, diff: text o json. export: pdf, md, odt o html.</translation>
    </message>
    <message>
        <source>export-json: write version N of the COE (see history); also --version N.</source>
        <translation>export-json: escribe la versión N del COE (véase history); también --version N.</translation>
    </message>
    <message>
        <source>--version takes a version number (1, 2, ...; see history)</source>
        <translation>--version requiere un número de versión (1, 2, ...; véase history)</translation>
    </message>
    <message>
        <source>history takes one UUID</source>
        <translation>history requiere un UUID</translation>
    </message>
    <message>
        <source>diff takes UUID and at most two version numbers, FROM and TO</source>
        <translation>diff requiere un UUID y como mucho dos números de versión, FROM y TO</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version number (1, 2, ...)</source>
        <translation>&apos;%1&apos; no es un número de versión (1, 2, ...)</translation>
    </message>
    <message>
        <source>the COE %1 has no versions yet: nothing to compare</source>
        <translation>el COE %1 aún no tiene versiones: no hay nada que comparar</translation>
    </message>
    <message>
        <source>hindsight: cannot start %1: %2
</source>
        <translation>hindsight: no se puede iniciar %1: %2
</translation>
    </message>
    <message>
        <source>actions takes no arguments</source>
        <translation>actions no admite argumentos</translation>
    </message>
    <message>
        <source>search needs a QUERY</source>
        <translation>search necesita una QUERY</translation>
    </message>
    <message>
        <source>--limit takes a whole number, 1 or more</source>
        <translation>--limit admite un número entero, 1 o más</translation>
    </message>
    <message>
        <source>copy-archive takes FROM and TO (an archive that is new or empty, or any with --merge)</source>
        <translation>copy-archive toma FROM y TO (un archivo de COE nuevo o vacío, o cualquiera con --merge)</translation>
    </message>
    <message>
        <source>copy-archive names both archives itself: FROM and TO, not --archive</source>
        <translation>copy-archive nombra ambos archivos de COE por sí misma: FROM y TO, no --archive</translation>
    </message>
    <message>
        <source>--on-conflict applies to copy-archive only with --merge</source>
        <translation>--on-conflict se aplica a copy-archive solo con --merge</translation>
    </message>
    <message>
        <source> Use --merge to copy into it (--on-conflict fail|replace|copy decides about a uuid both archives hold).</source>
        <translation> Use --merge para copiar en él (--on-conflict fail|replace|copy decide sobre un uuid que ambos archivos contienen).</translation>
    </message>
    <message>
        <source>not copied: %1: %2</source>
        <translation>no copiado: %1: %2</translation>
    </message>
    <message>
        <source>conflict: %1 differs in %2 (at %3) and was left as it is there</source>
        <translation>conflicto: %1 difiere en %2 (en %3) y se dejó como está allí</translation>
    </message>
    <message>
        <source>differs after the copy: %1: %2</source>
        <translation>difiere tras la copia: %1: %2</translation>
    </message>
    <message>
        <source>backup takes OUT.sqlite, a file that does not exist yet</source>
        <translation>backup recibe SALIDA.sqlite, un archivo que todavía no existe</translation>
    </message>
    <message>
        <source>Backed up %1 to %2
</source>
        <translation>Se copió %1 en %2
</translation>
    </message>
    <message>
        <source>recover takes DAMAGED.sqlite and NEW.sqlite (a file that does not exist yet)</source>
        <translation>recover recibe DAÑADO.sqlite y NUEVO.sqlite (un archivo que todavía no existe)</translation>
    </message>
    <message>
        <source>could not recover %1: %2</source>
        <translation>no se pudo recuperar %1: %2</translation>
    </message>
    <message>
        <source>status approved: the approver&apos;s name (by default the one last given, else the author name in Preferences).</source>
        <translation>status approved: el nombre de quien aprueba (por omisión, el último indicado; si no, el nombre de autor de Preferencias).</translation>
    </message>
    <message>
        <source>status approved: approve although the review check finds errors (recorded with the approval).</source>
        <translation>status approved: aprobar aunque la revisión encuentre errores (queda registrado con la aprobación).</translation>
    </message>
    <message>
        <source>status takes UUID and draft, in_review, approved or closed</source>
        <translation>status admite UUID y draft, in_review, approved o closed</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status: draft, in_review, approved or closed</source>
        <translation>«%1» no es un estado: draft, in_review, approved o closed</translation>
    </message>
    <message>
        <source>--by takes the approver&apos;s name</source>
        <translation>--by admite el nombre de quien aprueba</translation>
    </message>
    <message>
        <source>approved needs the approver&apos;s name: --by NAME</source>
        <translation>approved necesita el nombre de quien aprueba: --by NOMBRE</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing was changed
</source>
        <translation>%1 ya está en %2; no se ha cambiado nada
</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not approved: the review check finds %n error(s) (--force approves it anyway, and says so in its history):</source>
        <translation>
            <numerusform>%1 no se ha aprobado: la revisión encuentra %n error (--force lo aprueba de todos modos y lo indica en su historial):</numerusform>
            <numerusform>%1 no se ha aprobado: la revisión encuentra %n errores (--force lo aprueba de todos modos y lo indica en su historial):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3, version %4: %5
</source>
        <translation>%1: %2 -&gt; %3, versión %4: %5
</translation>
    </message>
    <message>
        <source>prune-versions: thin versions older than DAYS days to one a day (by default the number of days in Preferences).</source>
        <translation>prune-versions: depura las versiones con más de DAYS días, dejando una por día (por omisión, la cantidad de días indicada en Preferencias).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>prune-versions takes no arguments, only --older-than DAYS</source>
        <translation>prune-versions no admite argumentos, solo --older-than DAYS</translation>
    </message>
    <message>
        <source>--older-than takes a number of days, 1 or more</source>
        <translation>--older-than requiere una cantidad de días, 1 o más</translation>
    </message>
    <message>
        <source>Thinning old versions is off in Preferences; give --older-than DAYS to thin them now.</source>
        <translation>La depuración de versiones antiguas está desactivada en Preferencias; indique --older-than DAYS para depurarlas ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%n old version(s) thinned</source>
        <translation>
            <numerusform>%n versión antigua depurada</numerusform>
            <numerusform>%n versiones antiguas depuradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Hindsight writes Correction of Error (COE) documents.

Without a command it opens the archive window. Commands:
  import FILE.coe.json... [--on-conflict fail|replace|copy]
  export-json UUID OUT.coe.json|- [--version N]
  list
  check UUID|FILE.coe.json [--format text|json] [--gap-minutes N]
  export UUID OUT [--format pdf|md|odt|html] [--profile internal|review|customer]
         [--redact-hosts LIST] [--internal-domains LIST] [--sections LIST] [--paper a4|letter]
  export-pdf UUID OUT.pdf [--sections LIST] [--paper a4|letter]
  export-pdf UUID UUID... --packet OUT.pdf
  export-md UUID OUT.md
  search QUERY [--limit N]
  actions [--overdue] [--csv]
  insights [--from DATE] [--to DATE] [--severity N] [--service S] [--tag T] [--category C]
           [--granularity quarter|month] [--repeat-days N] [--format json|csv]
  report OUT.pdf [--from DATE] [--to DATE] [--paper a4|letter] and the filters of insights
  backup OUT.sqlite
  recover DAMAGED.sqlite NEW.sqlite
  copy-archive FROM TO [--merge [--on-conflict fail|replace|copy]]
  init-team-archive URI
  history UUID
  diff UUID [FROM [TO]] [--format text|json]
  prune-versions [--older-than DAYS]
  status UUID draft|in_review|approved|closed [--by NAME] [--force]</source>
        <translation>Hindsight redacta documentos de Correction of Error (COE).

Sin un comando, abre la ventana del archivo de COE. Comandos:
  import FILE.coe.json... [--on-conflict fail|replace|copy]
  export-json UUID OUT.coe.json|- [--version N]
  list
  check UUID|FILE.coe.json [--format text|json] [--gap-minutes N]
  export UUID OUT [--format pdf|md|odt|html] [--profile internal|review|customer]
         [--redact-hosts LIST] [--internal-domains LIST] [--sections LIST] [--paper a4|letter]
  export-pdf UUID OUT.pdf [--sections LIST] [--paper a4|letter]
  export-pdf UUID UUID... --packet OUT.pdf
  export-md UUID OUT.md
  search QUERY [--limit N]
  actions [--overdue] [--csv]
  insights [--from DATE] [--to DATE] [--severity N] [--service S] [--tag T] [--category C]
           [--granularity quarter|month] [--repeat-days N] [--format json|csv]
  report OUT.pdf [--from DATE] [--to DATE] [--paper a4|letter] y los filtros de insights
  backup OUT.sqlite
  recover DAMAGED.sqlite NEW.sqlite
  copy-archive FROM TO [--merge [--on-conflict fail|replace|copy]]
  init-team-archive URI
  history UUID
  diff UUID [FROM [TO]] [--format text|json]
  prune-versions [--older-than DAYS]
  status UUID draft|in_review|approved|closed [--by NAME] [--force]</translation>
    </message>
    <message>
        <source>export-pdf, report: a4 or letter.</source>
        <translation>export-pdf, report: a4 o letter.</translation>
    </message>
    <message>
        <source>insights, report: COEs whose incident started on or after DATE (YYYY-MM-DD, UTC).</source>
        <translation>insights, report: COE cuyo incidente comenzó en DATE o después (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>insights, report: COEs whose incident started on or before DATE (YYYY-MM-DD, UTC).</source>
        <translation>insights, report: COE cuyo incidente comenzó en DATE o antes (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>insights: only COEs of severity N (1 to 5).</source>
        <translation>insights: solo COE de gravedad N (1 a 5).</translation>
    </message>
    <message>
        <source>insights: only COEs naming this service.</source>
        <translation>insights: solo COE que mencionan este servicio.</translation>
    </message>
    <message>
        <source>insights: only COEs with this tag.</source>
        <translation>insights: solo COE con esta etiqueta.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>insights: only COEs with a contributing factor of this category (change/code, ...).</source>
        <translation>insights: solo COE con un factor contribuyente de esta categoría (change/code, ...).</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <source>insights: periods of a quarter (default) or a month.</source>
        <translation>insights: períodos de un trimestre (predeterminado) o de un mes.</translation>
    </message>
    <message>
        <source>quarter|month</source>
        <translation>quarter|month</translation>
    </message>
    <message>
        <source>insights: repeat incidents are at most N days apart (default 90).</source>
        <translation>insights: los incidentes repetidos están separados como máximo por N días (predeterminado 90).</translation>
    </message>
    <message>
        <source>--from needs a date YYYY-MM-DD</source>
        <translation>--from necesita una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <source>--to needs a date YYYY-MM-DD</source>
        <translation>--to necesita una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <source>--severity needs a number from 1 to 5</source>
        <translation>--severity necesita un número del 1 al 5</translation>
    </message>
    <message>
        <source>--granularity is quarter or month</source>
        <translation>--granularity es quarter o month</translation>
    </message>
    <message>
        <source>--repeat-days needs a number of days</source>
        <translation>--repeat-days necesita un número de días</translation>
    </message>
    <message>
        <source>insights takes no arguments</source>
        <translation>insights no acepta argumentos</translation>
    </message>
    <message>
        <source>insights: --format is json or csv</source>
        <translation>insights: --format es json o csv</translation>
    </message>
    <message>
        <source>report takes the PDF file to write: report OUT.pdf [--from DATE] [--to DATE]</source>
        <translation>report recibe el archivo PDF que se escribirá: report OUT.pdf [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--from must be on or before --to</source>
        <translation>--from debe ser igual o anterior a --to</translation>
    </message>
    <message numerus="yes">
        <source>The learning report of %n COE(s) written to %1</source>
        <translation>
            <numerusform>El informe de aprendizaje de %n COE se escribió en %1</numerusform>
            <numerusform>El informe de aprendizaje de %n COE se escribió en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s))</source>
        <translation>
            <numerusform>(%n página)</numerusform>
            <numerusform>(%n páginas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentMarker</name>
    <message numerus="yes">
        <source>%n unresolved review comments</source>
        <translation>
            <numerusform>%n comentario de revisión sin resolver</numerusform>
            <numerusform>%n comentarios de revisión sin resolver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyArchiveFlow</name>
    <message>
        <source>Copying the archive…</source>
        <translation>Copiando el archivo de COE…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy Archive</source>
        <translation>Copiar archivo de COE</translation>
    </message>
    <message>
        <source>Copying COE %1 of %2…</source>
        <translation>Copiando el COE %1 de %2…</translation>
    </message>
    <message>
        <source>Comparing COE %1 of %2…</source>
        <translation>Comparando el COE %1 de %2…</translation>
    </message>
    <message>
        <source>%1: differs in %2 (at %3); left as it is there</source>
        <translation>%1: difiere en %2 (en %3); se deja como está allí</translation>
    </message>
    <message>
        <source>%1: differs after the copy: %2</source>
        <translation>%1: difiere tras la copia: %2</translation>
    </message>
    <message>
        <source>%1: not copied: %2</source>
        <translation>%1: no copiado: %2</translation>
    </message>
    <message>
        <source>Hindsight archives (*.sqlite *.hindsight);;All files (*)</source>
        <translation>Archivos de Hindsight (*.sqlite *.hindsight);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-copia</translation>
    </message>
    <message>
        <source>Copy every COE of this archive to</source>
        <translation>Copiar todos los COE de este archivo en</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n COE(s) (the Trash included). Copy this archive&apos;s COEs into it as well?

When both hold a COE (the same uuid) with different content:</source>
        <translation>
            <numerusform>%1 ya contiene %n COE (Papelera incluida). ¿Copiar también en él los COE de este archivo?

Cuando ambos contienen un COE (el mismo uuid) con contenido distinto:</numerusform>
            <numerusform>%1 ya contiene %n COE (Papelera incluida). ¿Copiar también en él los COE de este archivo?

Cuando ambos contienen un COE (el mismo uuid) con contenido distinto:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Conservar el suyo</translation>
    </message>
    <message>
        <source>Replace Theirs</source>
        <translation>Reemplazar el suyo</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Conservar ambos</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <source>Impact start</source>
        <translation>Inicio del impacto</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Diagnosticado</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoreo</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevención</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>No se hará</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Prevenir</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnosticar</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Mitigar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Security (confidentiality)</source>
        <translation>Seguridad (confidencialidad)</translation>
    </message>
    <message>
        <source>Security (integrity)</source>
        <translation>Seguridad (integridad)</translation>
    </message>
    <message>
        <source>Security (availability)</source>
        <translation>Seguridad (disponibilidad)</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Confiabilidad</translation>
    </message>
    <message>
        <source>Performance efficiency</source>
        <translation>Eficiencia del rendimiento</translation>
    </message>
    <message>
        <source>Cost optimization</source>
        <translation>Optimización de costos</translation>
    </message>
    <message>
        <source>Operational excellence</source>
        <translation>Excelencia operativa</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d %2 h %3 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>COE</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>1 – Critical: many customers cannot use a core service</source>
        <translation>1 – Crítica: muchos clientes no pueden usar un servicio principal</translation>
    </message>
    <message>
        <source>2 – Major: a core service degraded for many customers</source>
        <translation>2 – Grave: un servicio principal degradado para muchos clientes</translation>
    </message>
    <message>
        <source>3 – Moderate: a feature degraded or a few customers blocked</source>
        <translation>3 – Moderada: una función degradada o algunos clientes bloqueados</translation>
    </message>
    <message>
        <source>4 – Minor: little customer impact, internal disruption</source>
        <translation>4 – Menor: poco impacto en los clientes, interrupción interna</translation>
    </message>
    <message>
        <source>5 – Low: a near miss, no customer impact</source>
        <translation>5 – Baja: un cuasiincidente, sin impacto en los clientes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consecuencias</translation>
    </message>
    <message>
        <source>Second-order impact</source>
        <translation>Impacto de segundo orden</translation>
    </message>
    <message>
        <source>Customer sentiment</source>
        <translation>Percepción de los clientes</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <source>Customer report</source>
        <translation>Aviso de un cliente</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>Aviso interno</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>review-packet</source>
        <translation>paquete-de-revision</translation>
    </message>
    <message>
        <source>PDF export cancelled; nothing was written.</source>
        <translation>Se canceló la exportación a PDF; no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n página a %1.</numerusform>
            <numerusform>Se exportaron %n páginas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export COE as Markdown</source>
        <translation>Exportar COE como Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>ExportProfile</name>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>Reunión de revisión</translation>
    </message>
    <message>
        <source>Customer-facing</source>
        <translation>Para clientes</translation>
    </message>
    <message>
        <source>Unknown export profile &quot;%1&quot;; known: %2</source>
        <translation>Perfil de exportación desconocido «%1»; conocidos: %2</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>OpenDocument text (LibreOffice, Word)</source>
        <translation>Texto OpenDocument (LibreOffice, Word)</translation>
    </message>
    <message>
        <source>Web page (one HTML file)</source>
        <translation>Página web (un archivo HTML)</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; known: %2</source>
        <translation>Formato de exportación desconocido «%1»; conocidos: %2</translation>
    </message>
    <message>
        <source>No timeline entry is highlighted: every entry is exported.</source>
        <translation>No hay ninguna entrada de la cronología destacada: se exportan todas las entradas.</translation>
    </message>
</context>
<context>
    <name>FactorTaxonomy</name>
    <message>
        <source>Change: code</source>
        <translation>Cambio: código</translation>
    </message>
    <message>
        <source>Change: configuration</source>
        <translation>Cambio: configuración</translation>
    </message>
    <message>
        <source>Change: infrastructure</source>
        <translation>Cambio: infraestructura</translation>
    </message>
    <message>
        <source>Change: data</source>
        <translation>Cambio: datos</translation>
    </message>
    <message>
        <source>Change: dependency</source>
        <translation>Cambio: dependencia</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Dependency failure</source>
        <translation>Falla de una dependencia</translation>
    </message>
    <message>
        <source>Detection gap</source>
        <translation>Carencia en la detección</translation>
    </message>
    <message>
        <source>Process or runbook gap</source>
        <translation>Carencia en el proceso o el runbook</translation>
    </message>
    <message>
        <source>Tooling safeguard missing</source>
        <translation>Falta una salvaguarda en las herramientas</translation>
    </message>
    <message>
        <source>External event</source>
        <translation>Evento externo</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Una categoría necesita un nombre.</translation>
    </message>
    <message>
        <source>A category&apos;s name cannot begin or end with a space.</source>
        <translation>El nombre de una categoría no puede empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>A category&apos;s name can have at most 100 characters.</source>
        <translation>El nombre de una categoría puede tener como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>The taxonomy has a category named “%1” already.</source>
        <translation>La taxonomía ya tiene una categoría llamada “%1”.</translation>
    </message>
    <message>
        <source>The taxonomy has no category named “%1”.</source>
        <translation>La taxonomía no tiene ninguna categoría llamada “%1”.</translation>
    </message>
    <message>
        <source>“%1” is the same category.</source>
        <translation>“%1” es la misma categoría.</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>About Hindsight</source>
        <translation>Acerca de Hindsight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Write Correction of Error (COE) documents offline: blameless post-incident analyses that end in corrective actions.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Redacte documentos Correction of Error (COE) sin conexión: análisis posteriores a incidentes, sin culpables, que concluyen en acciones correctivas.&lt;/p&gt;&lt;p&gt;Publicado bajo la licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>No hay ningún archivo abierto.</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source># Writing a COE

A COE is blameless: it asks how the system let an incident happen, never who is at fault. Work through the steps in order and write the summary last.

</source>
        <translation># Cómo redactar un COE

Un COE es sin culpables: pregunta cómo el sistema permitió que ocurriera un incidente, nunca quién tiene la culpa. Siga los pasos en orden y escriba el resumen al final.

</translation>
    </message>
    <message>
        <source>COE Writing Guide</source>
        <translation>Guía de redacción de COE</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Importing COE documents…</source>
        <translation>Importando documentos COE…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not looked at.</source>
        <translation>
            <numerusform>Cancelado: %n archivo quedó sin procesar.</numerusform>
            <numerusform>Cancelado: %n archivos quedaron sin procesar.</numerusform>
        </translation>
    </message>
    <message>
        <source>COE already in the archive</source>
        <translation>El COE ya está en el archivo</translation>
    </message>
    <message>
        <source>%1 holds “%2”, which is already in this archive (uuid %3).

Replace the stored COE with the file, keep both (the import gets a new uuid), or skip this file?</source>
        <translation>%1 contiene “%2”, que ya está en este archivo de COE (uuid %3).

¿Desea reemplazar el COE guardado por el de %1, conservar ambos (el importado recibe un nuevo uuid) u omitir %1?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>%1: skipped, already in the archive</source>
        <translation>%1: se omitió, ya está en el archivo</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2, refused %3.</source>
        <translation>Importados: %1; omitidos: %2; rechazados: %3.</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Time to detect</source>
        <translation>Tiempo de detección</translation>
    </message>
    <message>
        <source>Time to diagnose</source>
        <translation>Tiempo de diagnóstico</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Tiempo de mitigación</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Tiempo de resolución</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <source>Customer report</source>
        <translation>Informe de cliente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Gravedad %1</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Sin gravedad</translation>
    </message>
    <message>
        <source>Cannot read the COEs of %1 for Insights: %2</source>
        <translation>No se pueden leer los COE de %1 para Insights: %2</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Sin prioridad</translation>
    </message>
    <message>
        <source>Days from resolved to approved</source>
        <translation>Días desde resuelto hasta aprobado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(sin servicio)</translation>
    </message>
</context>
<context>
    <name>InsightsCharts</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>COEs</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>Outliers: %1</source>
        <translation>Valores atípicos: %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n COE(s)</source>
        <translation>
            <numerusform>%1 · %2: %n COE</numerusform>
            <numerusform>%1 · %2: %n COE</numerusform>
        </translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>Grav. %1</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Sin gravedad</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>sin valores</translation>
    </message>
    <message>
        <source>median %1 · p90 %2 · N %3</source>
        <translation>mediana %1 · p90 %2 · N %3</translation>
    </message>
    <message numerus="yes">
        <source>; %n unknown</source>
        <translation>
            <numerusform>; %n desconocido</numerusform>
            <numerusform>; %n desconocidos</numerusform>
        </translation>
    </message>
    <message>
        <source>All periods: %1.</source>
        <translation>Todos los períodos: %1.</translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation>Incidentes por gravedad</translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s) in these periods</source>
        <translation>
            <numerusform>%n COE en estos períodos</numerusform>
            <numerusform>%n COE en estos períodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without an incident date</source>
        <translation>
            <numerusform>; %n sin fecha de incidente</numerusform>
            <numerusform>; %n sin fecha de incidente</numerusform>
        </translation>
    </message>
    <message>
        <source>Incidents by service</source>
        <translation>Incidentes por servicio</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Otros servicios</translation>
    </message>
    <message>
        <source>A COE with several services counts once in each.</source>
        <translation>Un COE con varios servicios cuenta una vez en cada uno.</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>COEs with the category</source>
        <translation>COE con la categoría</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n COE(s), %2 cumulative</source>
        <translation>
            <numerusform>%1: %n COE, %2 acumulado</numerusform>
            <numerusform>%1: %n COE, %2 acumulado</numerusform>
        </translation>
    </message>
    <message>
        <source>No COE here names a contributing factor.</source>
        <translation>Ningún COE aquí menciona un factor contribuyente.</translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s) without a categorised factor.</source>
        <translation>
            <numerusform>%n COE sin un factor categorizado.</numerusform>
            <numerusform>%n COE sin un factor categorizado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Factors that occur together</source>
        <translation>Factores que ocurren juntos</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n COE(s)</source>
        <translation>
            <numerusform>%1: %n COE</numerusform>
            <numerusform>%1: %n COE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %2: %n COE(s)</source>
        <translation>
            <numerusform>%1 con %2: %n COE</numerusform>
            <numerusform>%1 con %2: %n COE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of categories named in the same COE; the diagonal counts each category.</source>
        <translation>
            <numerusform>%n par de categorías mencionadas en el mismo COE; la diagonal cuenta cada categoría.</numerusform>
            <numerusform>%n pares de categorías mencionadas en el mismo COE; la diagonal cuenta cada categoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>How incidents were detected</source>
        <translation>Cómo se detectaron los incidentes</translation>
    </message>
    <message>
        <source>Share of COEs</source>
        <translation>Proporción de COE</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 (%5)</source>
        <translation>%1 · %2: %3 de %4 (%5)</translation>
    </message>
    <message>
        <source>no COEs</source>
        <translation>sin COE</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>All periods, N %1: by alarm %2, by customers %3, otherwise %4, not recorded %5.</source>
        <translation>Todos los períodos, N %1: por alarma %2, por clientes %3, de otro modo %4, no registrado %5.</translation>
    </message>
    <message>
        <source>Action items past their due date</source>
        <translation>Elementos de acción vencidos</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Elementos de acción</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Sin prioridad</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n item(s)</source>
        <translation>
            <numerusform>%1 · %2: %n elemento</numerusform>
            <numerusform>%1 · %2: %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún abierto</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>No se hará</translation>
    </message>
    <message>
        <source>Done by now of the items past their due date: %1 (%2 of %3). The format records no completion date, so this is what is done today, not what was done in time.</source>
        <translation>Hechos a la fecha de los elementos vencidos: %1 (%2 de %3). El formato no registra fecha de finalización, así que esto es lo que está hecho hoy, no lo que se hizo a tiempo.</translation>
    </message>
    <message>
        <source>No action item is past its due date.</source>
        <translation>Ningún elemento de acción está vencido.</translation>
    </message>
    <message>
        <source>Open action items at the end of each period</source>
        <translation>Elementos de acción abiertos al final de cada período</translation>
    </message>
    <message>
        <source>Still open today</source>
        <translation>Aún abiertos hoy</translation>
    </message>
    <message>
        <source>Estimated open then</source>
        <translation>Abiertos estimados entonces</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) still open today</source>
        <translation>
            <numerusform>%1: %n elemento aún abierto hoy</numerusform>
            <numerusform>%1: %n elementos aún abiertos hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: about %n item(s) open then</source>
        <translation>
            <numerusform>%1: aprox. %n elemento abierto entonces</numerusform>
            <numerusform>%1: aprox. %n elementos abiertos entonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Items are counted from their COE&apos;s incident date; closed items are assumed closed by their due date.</source>
        <translation>Los elementos se cuentan desde la fecha del incidente de su COE; se supone que los elementos cerrados se cerraron en su fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Age of open action items by priority</source>
        <translation>Antigüedad de los elementos de acción abiertos por prioridad</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>All COEs</source>
        <translation>Todos los COE</translation>
    </message>
    <message>
        <source>Days from resolution to approval</source>
        <translation>Días desde la resolución hasta la aprobación</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
</context>
<context>
    <name>LearningReport</name>
    <message>
        <source>Learning report %1</source>
        <translation>Informe de aprendizaje %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>gravedad %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>servicio %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <source>factor category %1</source>
        <translation>categoría de factor %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <source>Learning report · %1</source>
        <translation>Informe de aprendizaje · %1</translation>
    </message>
    <message>
        <source>Learning report</source>
        <translation>Informe de aprendizaje</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Incident dates</source>
        <translation>Fechas de incidentes</translation>
    </message>
    <message>
        <source>UTC dates of each incident&apos;s start</source>
        <translation>Fechas UTC del inicio de cada incidente</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>COEs</source>
        <translation>COE</translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s)</source>
        <translation>
            <numerusform>%n COE</numerusform>
            <numerusform>%n COE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without an incident date</source>
        <translation>
            <numerusform>, %n sin fecha de incidente</numerusform>
            <numerusform>, %n sin fecha de incidente</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo de COE</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Durations are given as the median and the 90th percentile with the number of COEs (N): a few very long incidents would make an average mislead. A COE without the milestones a figure needs is counted as unknown, never as zero.</source>
        <translation>Las duraciones se dan como la mediana y el percentil 90 con el número de COE (N): unos pocos incidentes muy largos harían engañoso un promedio. Un COE sin los hitos que una cifra necesita se cuenta como desconocido, nunca como cero.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Days from resolution to approval</source>
        <translation>Días desde la resolución hasta la aprobación</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Action items past their due date that are done: %1 (%2 of %3).</source>
        <translation>Elementos de acción vencidos que están hechos: %1 (%2 de %3).</translation>
    </message>
    <message>
        <source>Time to detect, diagnose, mitigate and resolve</source>
        <translation>Tiempo de detección, diagnóstico, mitigación y resolución</translation>
    </message>
    <message>
        <source>Incidents over time</source>
        <translation>Incidentes a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Repeat incidents</source>
        <translation>Incidentes repetidos</translation>
    </message>
    <message numerus="yes">
        <source>No two COEs share a service and a factor category within %n day(s).</source>
        <translation>
            <numerusform>Ningún par de COE comparte un servicio y una categoría de factor en %n día.</numerusform>
            <numerusform>Ningún par de COE comparte un servicio y una categoría de factor en %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>COEs that share a service and a factor category within %n day(s) of each other.</source>
        <translation>
            <numerusform>COE que comparten un servicio y una categoría de factor con %n día de diferencia o menos.</numerusform>
            <numerusform>COE que comparten un servicio y una categoría de factor con %n días de diferencia o menos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Posterior</translation>
    </message>
    <message>
        <source>Days apart</source>
        <translation>Días de diferencia</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>The newest %1 of %2 pairs are listed (hindsight insights gives them all).</source>
        <translation>Se listan los %1 pares más recientes de %2 (hindsight insights los da todos).</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Overdue action items by owner</source>
        <translation>Elementos de acción vencidos por responsable</translation>
    </message>
    <message>
        <source>No open action item is past its due date.</source>
        <translation>Ningún elemento de acción abierto está vencido.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Elemento de acción</translation>
    </message>
    <message>
        <source>COE</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>COEs in the period</source>
        <translation>COE del período</translation>
    </message>
    <message>
        <source>No COE matches.</source>
        <translation>Ningún COE coincide.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>Grav.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Vencimiento más antiguo</translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) longest past their due date, of %1 (hindsight actions --overdue lists them all):</source>
        <translation>
            <numerusform>La acción vencida hace más tiempo, de %1 (hindsight actions --overdue las lista todas):</numerusform>
            <numerusform>Las %n acciones vencidas hace más tiempo, de %1 (hindsight actions --overdue las lista todas):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningReportFlow</name>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>No se puede leer el archivo de COE: %1</translation>
    </message>
    <message>
        <source>Learning report %1</source>
        <translation>Informe de aprendizaje %1</translation>
    </message>
    <message>
        <source>Learning report cancelled; nothing was written.</source>
        <translation>Informe de aprendizaje cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>Learning Report</source>
        <translation>Informe de aprendizaje</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the learning report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Se escribió el informe de aprendizaje (%n página) en %1.</numerusform>
            <numerusform>Se escribió el informe de aprendizaje (%n páginas) en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>Unnamed metric</source>
        <translation>Métrica sin nombre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Chart %1: %2</source>
        <translation>Gráfico %1: %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>The server of %1 asks for a password.</source>
        <translation>El servidor de %1 pide una contraseña.</translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of %2.</source>
        <translation>El servidor de %1 pide la contraseña de %2.</translation>
    </message>
    <message>
        <source>Hindsight keeps it only until it quits and never saves it.</source>
        <translation>Hindsight la conserva solo hasta que se cierra y nunca la guarda.</translation>
    </message>
    <message>
        <source>Team Archive Password</source>
        <translation>Contraseña del archivo de equipo</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Choose a file name for the PDF.</source>
        <translation>Elija un nombre de archivo para el PDF.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>No COE to export.</source>
        <translation>No hay ningún COE para exportar.</translation>
    </message>
    <message>
        <source>Review packet</source>
        <translation>Paquete de revisión</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Escribiendo la página %1 de %2…</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparando el PDF…</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>No hay nada que exportar.</translation>
    </message>
</context>
<context>
    <name>RecoverFlow</name>
    <message>
        <source>Hindsight archives (*.sqlite *.hindsight);;All files (*)</source>
        <translation>Archivos de COE de Hindsight (*.sqlite *.hindsight);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Recover which archive?</source>
        <translation>¿Qué archivo de COE desea recuperar?</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-recuperado</translation>
    </message>
    <message>
        <source>Save the recovered COEs as</source>
        <translation>Guardar los COE recuperados como</translation>
    </message>
    <message numerus="yes">
        <source>Recovered all %n COE(s) into %1. %2 was not changed.</source>
        <translation>
            <numerusform>Se recuperó el único COE en %1. %2 no se modificó.</numerusform>
            <numerusform>Se recuperaron los %n COE en %1. %2 no se modificó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n COE(s) into %1; </source>
        <translation>
            <numerusform>Se recuperó %n COE en %1; </numerusform>
            <numerusform>Se recuperaron %n COE en %1; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read: </source>
        <translation>
            <numerusform>%n no se pudo leer: </numerusform>
            <numerusform>%n no se pudieron leer: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <source>an engineer</source>
        <translation>una persona del equipo</translation>
    </message>
    <message>
        <source>[e-mail address]</source>
        <translation>[dirección de correo]</translation>
    </message>
    <message>
        <source>[IP address]</source>
        <translation>[dirección IP]</translation>
    </message>
    <message>
        <source>[host]</source>
        <translation>[host]</translation>
    </message>
    <message>
        <source>[internal link]</source>
        <translation>[vínculo interno]</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>No summary written.</source>
        <translation>No se escribió ningún resumen.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>Clientes afectados</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Financial impact</source>
        <translation>Impacto financiero</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA incumplido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pilares</translation>
    </message>
    <message>
        <source>Not written.</source>
        <translation>Sin redactar.</translation>
    </message>
    <message>
        <source>Untitled COE</source>
        <translation>COE sin título</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Fecha del incidente</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>COE id</source>
        <translation>ID del COE</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>No timeline entries.</source>
        <translation>No hay entradas en la cronología.</translation>
    </message>
    <message>
        <source>Times in %1.</source>
        <translation>Horas en %1.</translation>
    </message>
    <message>
        <source>Gap of around %1</source>
        <translation>Intervalo de unos %1</translation>
    </message>
    <message>
        <source>Gap of %1</source>
        <translation>Intervalo de %1</translation>
    </message>
    <message>
        <source>unexplained</source>
        <translation>sin explicar</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>To detect</source>
        <translation>Hasta la detección</translation>
    </message>
    <message>
        <source>To diagnose</source>
        <translation>Hasta el diagnóstico</translation>
    </message>
    <message>
        <source>To mitigate</source>
        <translation>Hasta la mitigación</translation>
    </message>
    <message>
        <source>To resolve</source>
        <translation>Hasta la resolución</translation>
    </message>
    <message>
        <source>No metrics.</source>
        <translation>No hay métricas.</translation>
    </message>
    <message>
        <source>Unnamed metric</source>
        <translation>Métrica sin nombre</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>Figura %1</translation>
    </message>
    <message>
        <source>No questions answered.</source>
        <translation>No se respondió ninguna pregunta.</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>sin plantear</translation>
    </message>
    <message>
        <source>No why-steps.</source>
        <translation>No hay porqués.</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Porque:</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Human error</source>
        <translation>Error humano</translation>
    </message>
    <message>
        <source>Action items: </source>
        <translation>Elementos de acción: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>No hay elementos de acción.</translation>
    </message>
    <message>
        <source>Untitled action</source>
        <translation>Acción sin título</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Whys</source>
        <translation>Porqués</translation>
    </message>
    <message>
        <source>No related items.</source>
        <translation>No hay elementos relacionados.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>COE %1</source>
        <translation>COE %1</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Fecha de exportación</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Fuente: </translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Duraciones</translation>
    </message>
    <message>
        <source>Role: </source>
        <translation>Función: </translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation>Problema: </translation>
    </message>
    <message>
        <source>Appendix A  Review check</source>
        <translation>Apéndice A  Revisión</translation>
    </message>
    <message>
        <source>The review check found nothing.</source>
        <translation>La revisión no encontró nada.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Review packet</source>
        <translation>Paquete de revisión</translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s), exported %1</source>
        <translation>
            <numerusform>%n COE, exportado el %1</numerusform>
            <numerusform>%n COE, exportados el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>COE</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Problem and 5 whys</source>
        <translation>Problema y 5 porqués</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Elementos de acción</translation>
    </message>
    <message>
        <source>Related items</source>
        <translation>Elementos relacionados</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[imagen: %1]</translation>
    </message>
    <message>
        <source>[Image %1 cannot be shown]</source>
        <translation>[No se puede mostrar la imagen %1]</translation>
    </message>
    <message>
        <source>(no question)</source>
        <translation>(sin pregunta)</translation>
    </message>
    <message>
        <source>Because: </source>
        <translation>Porque: </translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Aprobado:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Moderador:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Asistentes:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Autor desconocido</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sobre %1</translation>
    </message>
    <message>
        <source>in reply to %1</source>
        <translation>en respuesta a %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>sin resolver</translation>
    </message>
    <message>
        <source>No text.</source>
        <translation>Sin texto.</translation>
    </message>
    <message>
        <source>Questions asked in review</source>
        <translation>Preguntas hechas en la revisión</translation>
    </message>
    <message>
        <source>Became action item:</source>
        <translation>Se convirtió en el elemento de acción:</translation>
    </message>
    <message>
        <source>Appendix %1  Review record</source>
        <translation>Apéndice %1  Registro de la revisión</translation>
    </message>
    <message>
        <source>Approved: </source>
        <translation>Aprobado: </translation>
    </message>
    <message>
        <source>Facilitator: </source>
        <translation>Moderador: </translation>
    </message>
    <message>
        <source>Attendees: </source>
        <translation>Asistentes: </translation>
    </message>
    <message>
        <source>Became action item: </source>
        <translation>Se convirtió en el elemento de acción: </translation>
    </message>
    <message>
        <source>Review record</source>
        <translation>Registro de la revisión</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>Timeline entry %1</source>
        <translation>Entrada %1 de la cronología</translation>
    </message>
    <message>
        <source>Why step %1</source>
        <translation>Porqué %1</translation>
    </message>
    <message>
        <source>Action item %1</source>
        <translation>Elemento de acción %1</translation>
    </message>
    <message>
        <source>Action item “%1”</source>
        <translation>Elemento de acción «%1»</translation>
    </message>
    <message>
        <source>How it was detected</source>
        <translation>Cómo se detectó</translation>
    </message>
    <message>
        <source>Detected by:</source>
        <translation>Detectado por:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Momento clave</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>sin describir</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>From whys</source>
        <translation>De los porqués</translation>
    </message>
    <message>
        <source>Detected by: </source>
        <translation>Detectado por: </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the OpenDocument text.</source>
        <translation>No se puede escribir el texto OpenDocument.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Unknown section &quot;%1&quot;; known: %2</source>
        <translation>Sección desconocida &quot;%1&quot;; las secciones conocidas son: %2</translation>
    </message>
    <message>
        <source>No section given.</source>
        <translation>No se indicó ninguna sección.</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;; use a4 or letter.</source>
        <translation>Tamaño de papel desconocido &quot;%1&quot;; use a4 o letter.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Print Preview: Review Packet</source>
        <translation>Vista previa de impresión: paquete de revisión</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Cannot start printing.</source>
        <translation>No se puede iniciar la impresión.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>No se puede comenzar una página nueva.</translation>
    </message>
    <message>
        <source>Cannot finish writing %1.</source>
        <translation>No se puede terminar de escribir %1.</translation>
    </message>
    <message>
        <source>No COE to print.</source>
        <translation>No hay ningún COE para imprimir.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message numerus="yes">
        <source>The report of “%1” is too long to lay out (over %n page(s) at this resolution).</source>
        <translation>
            <numerusform>El informe de «%1» es demasiado largo para maquetarlo (más de %n página con esta resolución).</numerusform>
            <numerusform>El informe de «%1» es demasiado largo para maquetarlo (más de %n páginas con esta resolución).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>expected a whole number from 0 to 1000</source>
        <translation>se esperaba un número entero de 0 a 1000</translation>
    </message>
    <message>
        <source>Summary written</source>
        <translation>Resumen redactado</translation>
    </message>
    <message>
        <source>Impact described</source>
        <translation>Impacto descrito</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Every milestone marked</source>
        <translation>Todos los hitos marcados</translation>
    </message>
    <message>
        <source>At least one metric</source>
        <translation>Al menos una métrica</translation>
    </message>
    <message>
        <source>Every question area answered</source>
        <translation>Todas las áreas de preguntas respondidas</translation>
    </message>
    <message>
        <source>Minimum number of whys</source>
        <translation>Número mínimo de porqués</translation>
    </message>
    <message>
        <source>A root cause marked</source>
        <translation>Una causa raíz marcada</translation>
    </message>
    <message>
        <source>Minimum number of action items</source>
        <translation>Número mínimo de elementos de acción</translation>
    </message>
    <message>
        <source>Every action item has an owner</source>
        <translation>Cada elemento de acción tiene un responsable</translation>
    </message>
    <message>
        <source>Every action item has a due date</source>
        <translation>Cada elemento de acción tiene una fecha de vencimiento</translation>
    </message>
    <message>
        <source>Action items due within the target</source>
        <translation>Elementos de acción con vencimiento dentro del objetivo</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>unknown priority (high, medium or low)</source>
        <translation>prioridad desconocida (high, medium o low)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a severity from 1 to 5 or due_targets</source>
        <translation>se esperaba una gravedad de 1 a 5 o due_targets</translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot;</source>
        <translation>elemento desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an array of item names</source>
        <translation>se esperaba un arreglo de nombres de elementos</translation>
    </message>
</context>
<context>
    <name>ReviewCheck</name>
    <message>
        <source>The summary</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <source>The impact description</source>
        <translation>la descripción del impacto</translation>
    </message>
    <message>
        <source>The consequences</source>
        <translation>las consecuencias</translation>
    </message>
    <message>
        <source>The second-order impact</source>
        <translation>el impacto de segundo orden</translation>
    </message>
    <message>
        <source>The customer sentiment</source>
        <translation>la percepción de los clientes</translation>
    </message>
    <message>
        <source>Timeline entry %1</source>
        <translation>la entrada %1 de la cronología</translation>
    </message>
    <message>
        <source>The gap explanation of timeline entry %1</source>
        <translation>la explicación del intervalo de la entrada %1 de la cronología</translation>
    </message>
    <message>
        <source>The problem statement</source>
        <translation>el planteamiento del problema</translation>
    </message>
    <message>
        <source>The question of why step %1</source>
        <translation>la pregunta del porqué %1</translation>
    </message>
    <message>
        <source>The answer of why step %1</source>
        <translation>la respuesta del porqué %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Action item %1</source>
        <translation>El elemento de acción %1</translation>
    </message>
    <message>
        <source>Action item %1 (“%2”)</source>
        <translation>El elemento de acción %1 (“%2”)</translation>
    </message>
    <message>
        <source>Write the summary: who was affected, when, where and how, how long it took to notice, how it was mitigated and how a recurrence will be prevented. Write it last, so it can travel alone as an email to your main stakeholder.</source>
        <translation>Escriba el resumen: a quién afectó, cuándo, dónde y cómo, cuánto tardó en detectarse, cómo se mitigó y cómo se evitará que vuelva a ocurrir. Escríbalo al final, para que pueda enviarse por sí solo como correo electrónico a su principal parte interesada.</translation>
    </message>
    <message numerus="yes">
        <source>The summary has only %n word(s). Say who was affected, when, for how long, how it was mitigated and what will prevent a recurrence, so it stands alone.</source>
        <translation>
            <numerusform>El resumen tiene solo %n palabra. Indique a quién afectó, cuándo, durante cuánto tiempo, cómo se mitigó y qué evitará que vuelva a ocurrir, para que se entienda por sí solo.</numerusform>
            <numerusform>El resumen tiene solo %n palabras. Indique a quién afectó, cuándo, durante cuánto tiempo, cómo se mitigó y qué evitará que vuelva a ocurrir, para que se entienda por sí solo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The summary mentions no date, time or duration. Say when the impact started (with a time zone) and how long it lasted.</source>
        <translation>El resumen no menciona ninguna fecha, hora ni duración. Indique cuándo comenzó el impacto (con la zona horaria) y cuánto duró.</translation>
    </message>
    <message>
        <source>The number of customers affected is unknown. Estimate it from logs or metrics and say how you estimated it; 0 is a valid answer.</source>
        <translation>Se desconoce la cantidad de clientes afectados. Estímela a partir de registros o métricas e indique cómo la estimó; 0 es una respuesta válida.</translation>
    </message>
    <message>
        <source>Describe how customers and the business were affected, in measurable terms: failed requests, orders, money, duration.</source>
        <translation>Describa cómo se vieron afectados los clientes y el negocio, en términos medibles: solicitudes fallidas, pedidos, dinero, duración.</translation>
    </message>
    <message>
        <source>Choose the non-functional requirements that were affected (security, reliability, performance efficiency, cost optimization, operations).</source>
        <translation>Elija los requisitos no funcionales que se vieron afectados (seguridad, confiabilidad, eficiencia del rendimiento, optimización de costos, operaciones).</translation>
    </message>
    <message>
        <source>Add the timeline: every event from the first trigger until the system was back to normal, in order, with times.</source>
        <translation>Agregue la cronología: cada evento desde el primer disparador hasta que el sistema volvió a la normalidad, en orden y con sus horas.</translation>
    </message>
    <message>
        <source>No entry is marked as the trigger. Start the timeline with the first event that led to the problem (a deployment, a change, a spike), not with when you were notified, and mark it as trigger.</source>
        <translation>Ninguna entrada está marcada como disparador. Comience la cronología con el primer evento que condujo al problema (un despliegue, un cambio, un pico), no con el momento en que recibieron el aviso, y márquelo como disparador.</translation>
    </message>
    <message>
        <source>No entry is marked as impact start, so time to detect and to resolve are measured from the trigger instead. Mark the entry where customers were first affected as impact start.</source>
        <translation>Ninguna entrada está marcada como inicio del impacto, así que el tiempo hasta la detección y hasta la resolución se miden desde el disparador. Marque como inicio del impacto la entrada en la que los clientes se vieron afectados por primera vez.</translation>
    </message>
    <message>
        <source>No entry is marked as impact start (nor trigger): time to detect and to resolve cannot be computed. Mark the entry where customers were first affected as impact start.</source>
        <translation>Ninguna entrada está marcada como inicio del impacto (ni como disparador): no se pueden calcular el tiempo hasta la detección ni hasta la resolución. Marque como inicio del impacto la entrada en la que los clientes se vieron afectados por primera vez.</translation>
    </message>
    <message>
        <source>No entry is marked as detected: time to detect, to diagnose and to mitigate cannot be computed. Mark the entry where you learned of the impact as detected.</source>
        <translation>Ninguna entrada está marcada como “detectado”: no se pueden calcular los tiempos hasta la detección, el diagnóstico y la mitigación. Marque como “detectado” la entrada en la que se supo del impacto.</translation>
    </message>
    <message>
        <source>No entry is marked as mitigated: time to mitigate cannot be computed. Mark the entry where customer impact ended as mitigated.</source>
        <translation>Ninguna entrada está marcada como “mitigado”: no se puede calcular el tiempo hasta la mitigación. Marque como “mitigado” la entrada en la que terminó el impacto en los clientes.</translation>
    </message>
    <message numerus="yes">
        <source>Around %n minute(s) pass between timeline entries %1 and %2 with nothing recorded. Explain in entry %2 what happened meanwhile, or why nothing was recorded.</source>
        <translation>
            <numerusform>Hay un intervalo sin registro de aproximadamente %n minuto entre las entradas %1 y %2 de la cronología. Explique en la entrada %2 qué ocurrió mientras tanto o por qué no se registró nada.</numerusform>
            <numerusform>Hay un intervalo sin registro de aproximadamente %n minutos entre las entradas %1 y %2 de la cronología. Explique en la entrada %2 qué ocurrió mientras tanto o por qué no se registró nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) pass between timeline entries %1 and %2 with nothing recorded. Explain in entry %2 what happened meanwhile, or why nothing was recorded.</source>
        <translation>
            <numerusform>Hay un intervalo sin registro de %n minuto entre las entradas %1 y %2 de la cronología. Explique en la entrada %2 qué ocurrió mientras tanto o por qué no se registró nada.</numerusform>
            <numerusform>Hay un intervalo sin registro de %n minutos entre las entradas %1 y %2 de la cronología. Explique en la entrada %2 qué ocurrió mientras tanto o por qué no se registró nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 (%2) is earlier than entry %3 (%4), which must come first. Correct the time or the milestone of one of them.</source>
        <translation>La entrada %1 (%2) es anterior a la entrada %3 (%4), que debe ir primero. Corrija la hora o el hito de una de ellas.</translation>
    </message>
    <message>
        <source>The time of entry %1 is approximate. If a log, alarm, chat or ticket records the exact time, use it.</source>
        <translation>La hora de la entrada %1 es aproximada. Si un registro, una alarma, un chat o un ticket tiene la hora exacta, úsela.</translation>
    </message>
    <message>
        <source>No metrics: that is a red flag. Add the metrics that show the impact and how the problem was detected; if they do not exist, add an action item to create them.</source>
        <translation>No hay métricas: es una señal de alerta. Agregue las métricas que muestran el impacto y cómo se detectó el problema; si no existen, agregue un elemento de acción para crearlas.</translation>
    </message>
    <message>
        <source>No metric shows the impact. Add the metric that measured what customers experienced (errors, latency, failed orders) with the role “impact”.</source>
        <translation>Ninguna métrica muestra el impacto. Agregue la métrica que midió lo que experimentaron los clientes (errores, latencia, pedidos fallidos) con la función “impacto”.</translation>
    </message>
    <message>
        <source>No metric shows how the problem was (or could have been) detected. Add it with the role “detection”; if none exists, that is an action item.</source>
        <translation>Ninguna métrica muestra cómo se detectó (o se podría haber detectado) el problema. Agréguela con la función “detección”; si no existe ninguna, eso es un elemento de acción.</translation>
    </message>
    <message>
        <source>No detection question is answered. Answer at least “How can we reduce the time to detect in half?”</source>
        <translation>No se respondió ninguna pregunta de detección. Responda al menos “¿Cómo podemos reducir a la mitad el tiempo de detección?”</translation>
    </message>
    <message>
        <source>No diagnosis question is answered. Answer at least “How can we reduce the time to diagnose in half?”</source>
        <translation>No se respondió ninguna pregunta de diagnóstico. Responda al menos “¿Cómo podemos reducir a la mitad el tiempo de diagnóstico?”</translation>
    </message>
    <message>
        <source>No mitigation question is answered. Answer at least “How can we reduce the time to mitigate in half?”</source>
        <translation>No se respondió ninguna pregunta de mitigación. Responda al menos “¿Cómo podemos reducir a la mitad el tiempo de mitigación?”</translation>
    </message>
    <message>
        <source>No prevention question is answered. Answer at least “How do we prevent this from happening again?”</source>
        <translation>No se respondió ninguna pregunta de prevención. Responda al menos “¿Cómo evitamos que esto vuelva a ocurrir?”</translation>
    </message>
    <message>
        <source>Ask the five whys: why did the problem happen, then why did that happen, until you reach causes you can act on.</source>
        <translation>Pregunte los cinco porqués: por qué ocurrió el problema, luego por qué ocurrió eso, hasta llegar a causas sobre las que se pueda actuar.</translation>
    </message>
    <message>
        <source>No why step is marked as a root cause. Mark the causes that, once fixed, prevent this problem and others like it.</source>
        <translation>Ningún porqué está marcado como causa raíz. Marque las causas que, una vez corregidas, evitan este problema y otros similares.</translation>
    </message>
    <message numerus="yes">
        <source>The longest chain of whys has only %n step(s) and no root cause. Keep asking why of the last answer (five times is a guide, not a limit) until you reach a cause you can act on.</source>
        <translation>
            <numerusform>La cadena de porqués más larga tiene solo %n paso y ninguna causa raíz. Siga preguntando por qué a partir de la última respuesta (cinco veces es una guía, no un límite) hasta llegar a una causa sobre la que se pueda actuar.</numerusform>
            <numerusform>La cadena de porqués más larga tiene solo %n pasos y ninguna causa raíz. Siga preguntando por qué a partir de la última respuesta (cinco veces es una guía, no un límite) hasta llegar a una causa sobre la que se pueda actuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why step %1 is a human error, and nothing below it asks why that error was possible. Add a step asking what check, guard rail or fail-safe was missing.</source>
        <translation>El porqué %1 es un error humano y ningún paso debajo de él pregunta por qué ese error fue posible. Agregue un paso que pregunte qué control, barrera de protección o mecanismo a prueba de fallos faltó.</translation>
    </message>
    <message>
        <source>Why step %1 is a root cause, but no action item addresses it. Add an action item and link it to this step.</source>
        <translation>El porqué %1 es una causa raíz, pero ningún elemento de acción la aborda. Agregue un elemento de acción y vincúlelo a este paso.</translation>
    </message>
    <message>
        <source>Add action items: they are the main result of a COE. Each needs a priority, an owner and a due date.</source>
        <translation>Agregue elementos de acción: son el resultado principal de un COE. Cada uno necesita una prioridad, un responsable y una fecha límite.</translation>
    </message>
    <message>
        <source>%1 has no priority. Set one.</source>
        <translation>%1 no tiene prioridad. Asígnele una.</translation>
    </message>
    <message>
        <source>%1 has no owner. Name the one person responsible for it.</source>
        <translation>%1 no tiene responsable. Designe a una sola persona responsable.</translation>
    </message>
    <message>
        <source>%1 has no due date. Set the date by which it will be finished.</source>
        <translation>%1 no tiene fecha límite. Indique la fecha en la que estará terminado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is high priority but due %2 days after the COE was created, beyond the %n-day target. Bring the date forward, split the item, or lower its priority.</source>
        <translation>
            <numerusform>%1 tiene prioridad alta, pero su fecha límite es %2 días después de la creación del COE, más allá del objetivo de %n día. Adelante la fecha, divida el elemento o baje su prioridad.</numerusform>
            <numerusform>%1 tiene prioridad alta, pero su fecha límite es %2 días después de la creación del COE, más allá del objetivo de %n días. Adelante la fecha, divida el elemento o baje su prioridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n action item(s). Check that every why step and every way to detect, diagnose and mitigate faster has an action.</source>
        <translation>
            <numerusform>Solo hay %n elemento de acción. Verifique que cada porqué y cada forma de detectar, diagnosticar y mitigar más rápido tenga una acción.</numerusform>
            <numerusform>Solo hay %n elementos de acción. Verifique que cada porqué y cada forma de detectar, diagnosticar y mitigar más rápido tenga una acción.</numerusform>
        </translation>
    </message>
    <message>
        <source>No related items. Link earlier COEs about the same service or cause, tickets and runbooks, if there are any.</source>
        <translation>No hay elementos relacionados. Vincule los COE anteriores sobre el mismo servicio o la misma causa, los tickets y los runbooks, si los hay.</translation>
    </message>
    <message>
        <source>%1 names %2. Write about roles and systems (“the on-call engineer”, “the config service”), not people: a COE is blameless.</source>
        <translation>En %1 se nombra a %2. Escriba sobre funciones y sistemas (“el ingeniero de guardia”, “el servicio de configuración”), no sobre personas: un COE es un análisis sin culpables.</translation>
    </message>
    <message>
        <source>%1 says %2. Instead of assigning error or blame, ask why the system allowed it, and write that down as a why step.</source>
        <translation>En %1 se lee %2. En lugar de atribuir errores o culpas, pregunte por qué el sistema lo permitió y escríbalo como un porqué.</translation>
    </message>
    <message>
        <source>Unresolved review comment: “%1”. Answer it or act on it, then mark it resolved.</source>
        <translation>Comentario de revisión sin resolver: «%1». Respóndalo o actúe en consecuencia y márquelo como resuelto.</translation>
    </message>
    <message>
        <source>Unresolved review comment by %1: “%2”. Answer it or act on it, then mark it resolved.</source>
        <translation>Comentario de revisión de %1 sin resolver: «%2». Respóndalo o actúe en consecuencia y márquelo como resuelto.</translation>
    </message>
    <message>
        <source>Why step %1 is a root cause, but no contributing factor comes from it. Add a contributing factor with its category and link it to this step, so that the archive can count it across incidents.</source>
        <translation>El porqué %1 es una causa raíz, pero ningún factor contribuyente proviene de él. Agregue un factor contribuyente con su categoría y vincúlelo a este paso, para que el archivo de COE pueda contabilizarlo entre incidentes.</translation>
    </message>
    <message>
        <source>(Required at severity %1.)</source>
        <translation>(Obligatorio con gravedad %1.)</translation>
    </message>
    <message>
        <source>Write the summary: it is required for a COE of this severity.</source>
        <translation>Redacte el resumen: es obligatorio para un COE de esta gravedad.</translation>
    </message>
    <message>
        <source>Describe the impact on customers and the business.</source>
        <translation>Describa el impacto en los clientes y en el negocio.</translation>
    </message>
    <message>
        <source>Add the timeline.</source>
        <translation>Agregue la cronología.</translation>
    </message>
    <message>
        <source>Mark every milestone in the timeline; missing: %1.</source>
        <translation>Marque todos los hitos en la cronología; faltan: %1.</translation>
    </message>
    <message>
        <source>Add at least one metric that shows the impact.</source>
        <translation>Agregue al menos una métrica que muestre el impacto.</translation>
    </message>
    <message>
        <source>Answer at least one question of the area “%1”.</source>
        <translation>Responda al menos una pregunta del área “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Ask at least %n why(s); the COE has %1.</source>
        <translation>
            <numerusform>Haga al menos %n porqué; el COE tiene %1.</numerusform>
            <numerusform>Haga al menos %n porqués; el COE tiene %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark a why step as a root cause.</source>
        <translation>Marque un paso de porqué como causa raíz.</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n action item(s); the COE has %1.</source>
        <translation>
            <numerusform>Agregue al menos %n elemento de acción; el COE tiene %1.</numerusform>
            <numerusform>Agregue al menos %n elementos de acción; el COE tiene %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs an owner.</source>
        <translation>%1 necesita un responsable.</translation>
    </message>
    <message>
        <source>%1 needs a due date.</source>
        <translation>%1 necesita una fecha de vencimiento.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is due after its target of %n business day(s) from the COE&apos;s creation (%2).</source>
        <translation>
            <numerusform>%1 vence después de su objetivo de %n día hábil desde la creación del COE (%2).</numerusform>
            <numerusform>%1 vence después de su objetivo de %n días hábiles desde la creación del COE (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is due after its target of %n day(s) from the COE&apos;s creation (%2).</source>
        <translation>
            <numerusform>%1 vence después de su objetivo de %n día desde la creación del COE (%2).</numerusform>
            <numerusform>%1 vence después de su objetivo de %n días desde la creación del COE (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesImport</name>
    <message>
        <source>%1 does not exist in %2: the clocks were put forward over it (daylight saving time starts)</source>
        <translation>%1 no existe en %2: los relojes se adelantaron en ese momento (comienza el horario de verano)</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks were put back over it (daylight saving time ends), so the instant is ambiguous</source>
        <translation>%1 ocurre dos veces en %2: los relojes se atrasaron en ese momento (termina el horario de verano), así que el instante es ambiguo</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>“%1” no es una fecha y hora</translation>
    </message>
    <message>
        <source>The times have no UTC offset (%1: “%2”) and no time zone was chosen for them. Choose the time zone they were written in; nothing was imported.</source>
        <translation>Las horas no tienen desfase respecto de UTC (%1: “%2”) y no se eligió una zona horaria para ellas. Elija la zona horaria en la que se escribieron; no se importó nada.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>The series “%1” has %2 points; at most %3 can be imported. Nothing was imported: export a shorter time range or a longer period.</source>
        <translation>La serie “%1” tiene %2 puntos; se pueden importar como máximo %3. No se importó nada: exporte un intervalo de tiempo más corto o un período más largo.</translation>
    </message>
    <message>
        <source>The file holds %1 series; a metric takes at most %2. Nothing was imported: choose fewer value columns.</source>
        <translation>El archivo contiene %1 series; una métrica admite como máximo %2. No se importó nada: elija menos columnas de valores.</translation>
    </message>
    <message>
        <source>The file holds no measurements.</source>
        <translation>El archivo no contiene mediciones.</translation>
    </message>
    <message>
        <source>No line could be read (the first: %1: %2). Check which columns hold the time and the values; nothing was imported.</source>
        <translation>No se pudo leer ninguna línea (la primera: %1: %2). Compruebe qué columnas contienen la hora y los valores; no se importó nada.</translation>
    </message>
    <message>
        <source>The file holds no lines.</source>
        <translation>El archivo no contiene líneas.</translation>
    </message>
    <message>
        <source>The time column is column %1, but line %2 has %3 columns. Nothing was imported.</source>
        <translation>La columna de la hora es la columna %1, pero la línea %2 tiene %3 columnas. No se importó nada.</translation>
    </message>
    <message>
        <source>Value column %1 is not a column of the file (line %2 has %3 columns) or is the time column. Nothing was imported.</source>
        <translation>La columna de valores %1 no es una columna del archivo (la línea %2 tiene %3 columnas) o es la columna de la hora. No se importó nada.</translation>
    </message>
    <message>
        <source>No value column was chosen. Nothing was imported.</source>
        <translation>No se eligió ninguna columna de valores. No se importó nada.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>%1 fields where line %2 has %3</source>
        <translation>%1 campos donde la línea %2 tiene %3</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a number</source>
        <translation>“%1” en la columna “%2” no es un número</translation>
    </message>
    <message>
        <source>The file is not a JSON object (at byte %1: %2).</source>
        <translation>El archivo no es un objeto JSON (en el byte %1: %2).</translation>
    </message>
    <message>
        <source>%1 timestamps but %2 values: the result is left out</source>
        <translation>%1 marcas de tiempo pero %2 valores: se omite el resultado</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>Prometheus answered with an error: %1</source>
        <translation>Prometheus respondió con un error: %1</translation>
    </message>
    <message>
        <source>The Prometheus result is of type “%1”; a range query (/api/v1/query_range) gives the “matrix” needed.</source>
        <translation>El resultado de Prometheus es de tipo “%1”; una consulta de rango (/api/v1/query_range) da la “matrix” necesaria.</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <source>not a pair [unix time, &quot;value&quot;]</source>
        <translation>no es un par [hora unix, &quot;valor&quot;]</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” no es un número</translation>
    </message>
    <message>
        <source>The file is not a monitoring export Hindsight can read.</source>
        <translation>El archivo no es una exportación de monitoreo que Hindsight pueda leer.</translation>
    </message>
    <message>
        <source>CloudWatch console CSV</source>
        <translation>CSV de la consola de CloudWatch</translation>
    </message>
    <message>
        <source>CloudWatch get-metric-data JSON</source>
        <translation>JSON de get-metric-data de CloudWatch</translation>
    </message>
    <message>
        <source>Grafana CSV (series joined by time)</source>
        <translation>CSV de Grafana (series unidas por hora)</translation>
    </message>
    <message>
        <source>Grafana CSV (series as rows)</source>
        <translation>CSV de Grafana (series como filas)</translation>
    </message>
    <message>
        <source>Prometheus range query JSON</source>
        <translation>JSON de consulta de rango de Prometheus</translation>
    </message>
    <message>
        <source>Datadog CSV</source>
        <translation>CSV de Datadog</translation>
    </message>
    <message>
        <source>CSV or TSV</source>
        <translation>CSV o TSV</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Formato desconocido</translation>
    </message>
</context>
<context>
    <name>SeriesSummary</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no measurements.</source>
        <translation>%1 no tiene mediciones.</translation>
    </message>
    <message>
        <source>Peaks at %1 at %2</source>
        <translation>Alcanza un máximo de %1 a las %2</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>, a las %1</translation>
    </message>
    <message>
        <source>, %1 after %2</source>
        <translation>, %1 después de %2</translation>
    </message>
    <message>
        <source>, %1 before %2</source>
        <translation>, %1 antes de %2</translation>
    </message>
    <message>
        <source>; never above the threshold of %1</source>
        <translation>; nunca supera el umbral de %1</translation>
    </message>
    <message>
        <source>; back under the threshold at %1</source>
        <translation>; vuelve a estar por debajo del umbral a las %1</translation>
    </message>
    <message>
        <source>; still above the threshold of %1 when the data ends at %2</source>
        <translation>; sigue por encima del umbral de %1 cuando terminan los datos, a las %2</translation>
    </message>
    <message>
        <source>.</source>
        <comment>ends the summary sentence</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>SeriesText</name>
    <message>
        <source>the trigger</source>
        <translation>el desencadenante</translation>
    </message>
    <message>
        <source>the start of the impact</source>
        <translation>el inicio del impacto</translation>
    </message>
    <message>
        <source>detection</source>
        <translation>detección</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>mitigación</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolución</translation>
    </message>
    <message>
        <source>Unnamed series</source>
        <translation>Serie sin nombre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>sin puntos</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), %1 – %2 (%3)</source>
        <translation>
            <numerusform>%n punto, %1 – %2 (%3)</numerusform>
            <numerusform>%n puntos, %1 – %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation>Umbral: %1</translation>
    </message>
    <message>
        <source>Threshold: %1%</source>
        <translation>Umbral: %1%</translation>
    </message>
    <message>
        <source>Threshold: %1 %2</source>
        <translation>Umbral: %1 %2</translation>
    </message>
</context>
<context>
    <name>SimilarCoes</name>
    <message>
        <source>same service %1</source>
        <translation>mismo servicio %1</translation>
    </message>
    <message>
        <source>same services %1</source>
        <translation>mismos servicios %1</translation>
    </message>
    <message>
        <source>same factor %1</source>
        <translation>mismo factor %1</translation>
    </message>
    <message>
        <source>same factors %1</source>
        <translation>mismos factores %1</translation>
    </message>
    <message>
        <source>words: %1</source>
        <translation>palabras: %1</translation>
    </message>
    <message>
        <source>Cannot look for similar COEs in %1: %2</source>
        <translation>No se pueden buscar COE similares en %1: %2</translation>
    </message>
    <message>
        <source>Cannot mark the COE as not related: %1</source>
        <translation>No se puede marcar el COE como no relacionado: %1</translation>
    </message>
    <message>
        <source>Cannot show the COE again: %1</source>
        <translation>No se puede volver a mostrar el COE: %1</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <source>No COE with uuid %1 is in the archive.</source>
        <translation>El archivo no contiene ningún COE con el uuid %1.</translation>
    </message>
    <message>
        <source>An approval needs the approver&apos;s name.</source>
        <translation>Una aprobación necesita el nombre de quien aprueba.</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>aprobado por %1</translation>
    </message>
    <message numerus="yes">
        <source>approved by %1 despite %n review-check error(s), confirmed</source>
        <translation>
            <numerusform>aprobado por %1 pese a %n error de la revisión, confirmado</numerusform>
            <numerusform>aprobado por %1 pese a %n errores de la revisión, confirmado</numerusform>
        </translation>
    </message>
    <message>
        <source>The status was saved, but its version could not be recorded: %1</source>
        <translation>El estado se ha guardado, pero no se ha podido registrar su versión: %1</translation>
    </message>
</context>
<context>
    <name>SvgSanitizer</name>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;svg&gt;</source>
        <translation>el elemento raíz es &lt;%1&gt;, no &lt;svg&gt;</translation>
    </message>
    <message>
        <source>not well-formed XML at line %1, column %2: %3</source>
        <translation>XML mal formado en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>there is no &lt;svg&gt; element</source>
        <translation>no hay ningún elemento &lt;svg&gt;</translation>
    </message>
    <message>
        <source>a compressed SVG (svgz) cannot be checked</source>
        <translation>un SVG comprimido (svgz) no se puede comprobar</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamArchive</name>
    <message>
        <source>init-team-archive sets up a team archive in a PostgreSQL database and takes its URI (postgresql://user@host:5432/database), not a file: %1. A file archive needs no setup: Hindsight creates it when it is first opened.</source>
        <translation>init-team-archive prepara un archivo de equipo en una base de datos PostgreSQL y toma su URI (postgresql://usuario@host:5432/base_de_datos), no un archivo: %1. Un archivo de COE local no necesita preparación: Hindsight lo crea la primera vez que se abre.</translation>
    </message>
    <message>
        <source>Cannot set up %1: the Qt PostgreSQL driver (QPSQL) is not available.</source>
        <translation>No se puede preparar %1: el controlador PostgreSQL de Qt (QPSQL) no está disponible.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server of %1: %2</source>
        <translation>No se puede conectar con el servidor PostgreSQL de %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation>No se puede preparar %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up %1: cannot read the user&apos;s privileges: %2</source>
        <translation>No se puede preparar %1: no se pueden leer los privilegios del usuario: %2</translation>
    </message>
    <message>
        <source>Cannot set up %1: cannot read the user&apos;s privileges.</source>
        <translation>No se puede preparar %1: no se pueden leer los privilegios del usuario.</translation>
    </message>
    <message>
        <source>The user %1 may not create roles, and init-team-archive creates the roles %2 and %3. Run it as the database&apos;s administrator: a role with CREATEROLE (or a superuser) that owns the database or may create tables in it.</source>
        <translation>El usuario %1 no puede crear roles, e init-team-archive crea los roles %2 y %3. Ejecútelo como administrador de la base de datos: un rol con CREATEROLE (o un superusuario) que sea dueño de la base de datos o pueda crear tablas en ella.</translation>
    </message>
    <message>
        <source>Cannot set up %1: its search_path names no schema that exists.</source>
        <translation>No se puede preparar %1: su search_path no nombra ningún esquema que exista.</translation>
    </message>
    <message>
        <source>Cannot set up %1: cannot read its schema version: %2</source>
        <translation>No se puede preparar %1: no se puede leer su versión de esquema: %2</translation>
    </message>
    <message>
        <source>Cannot set up %1: this user may not write to the archive&apos;s tables. Run init-team-archive as the role that owns them.</source>
        <translation>No se puede preparar %1: este usuario no puede escribir en las tablas del archivo. Ejecute init-team-archive con el rol que es su dueño.</translation>
    </message>
    <message>
        <source>Cannot create the role %1: %2</source>
        <translation>No se puede crear el rol %1: %2</translation>
    </message>
    <message>
        <source>Cannot grant the roles %1 and %2 their privileges on %3: %4</source>
        <translation>No se pueden conceder a los roles %1 y %2 sus privilegios sobre %3: %4</translation>
    </message>
    <message>
        <source>The team archive %1 is up to date (schema %2); the roles %3 and %4 exist and have their privileges.</source>
        <translation>El archivo de equipo %1 está al día (esquema %2); los roles %3 y %4 existen y tienen sus privilegios.</translation>
    </message>
    <message>
        <source>Created the team archive %1 (schema %2) and the roles %3 and %4.</source>
        <translation>Se crearon el archivo de equipo %1 (esquema %2) y los roles %3 y %4.</translation>
    </message>
    <message>
        <source>Upgraded the team archive %1 from schema %2 to %3; the roles %4 and %5 have their privileges.</source>
        <translation>Se actualizó el archivo de equipo %1 del esquema %2 al %3; los roles %4 y %5 tienen sus privilegios.</translation>
    </message>
    <message>
        <source>The team archive %1 is at schema %2; created the roles %3 and %4.</source>
        <translation>El archivo de equipo %1 está en el esquema %2; se crearon los roles %3 y %4.</translation>
    </message>
    <message>
        <source>Next, give each person a login role and one of these, for example in psql:
  CREATE ROLE alice LOGIN;  -- with PASSWORD &apos;...&apos; or your server&apos;s own authentication
  GRANT %1 TO alice;  -- reads and saves COEs
  GRANT %2 TO bob;    -- reads only
Each person then opens the archive with File › Open Team Archive… or hindsight --archive URI (Hindsight never stores passwords: use ~/.pgpass, PGPASSWORD or a service file, or type it when asked).</source>
        <translation>Después, dé a cada persona un rol de inicio de sesión y uno de estos, por ejemplo en psql:
  CREATE ROLE alice LOGIN;  -- con PASSWORD &apos;...&apos; o la autenticación propia del servidor
  GRANT %1 TO alice;  -- lee y guarda COE
  GRANT %2 TO bob;    -- solo lee
Luego cada persona abre el archivo con Archivo › Abrir archivo de equipo… o hindsight --archive URI (Hindsight nunca guarda contraseñas: use ~/.pgpass, PGPASSWORD o un archivo de servicios, o escríbala cuando se le pida).</translation>
    </message>
</context>
<context>
    <name>TeamMarking</name>
    <message>
        <source>A team is not a person: the review does not point out its name in the text. Preferences lists the names marked as teams.</source>
        <translation>Un equipo no es una persona: la revisión no señala su nombre en el texto. Las preferencias enumeran los nombres marcados como equipos.</translation>
    </message>
    <message>
        <source>Mark “%1” as a Team</source>
        <translation>Marcar «%1» como equipo</translation>
    </message>
</context>
<context>
    <name>TemplateJson</name>
    <message>
        <source>missing (expected a string)</source>
        <translation>falta (se esperaba una cadena)</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>se esperaba un arreglo de cadenas</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON no válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;: this is not a template file</source>
        <translation>se esperaba &quot;%1&quot;: este no es un archivo de plantilla</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads 1.x)</source>
        <translation>la versión %1 no es compatible (este programa lee 1.x)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected %2)</source>
        <translation>tipo desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>unknown area (expected detection, diagnosis, mitigation or prevention)</source>
        <translation>área desconocida (se esperaba detection, diagnosis, mitigation o prevention)</translation>
    </message>
    <message>
        <source>expected an object with one array per area</source>
        <translation>se esperaba un objeto con un arreglo por área</translation>
    </message>
    <message>
        <source>expected a string (Markdown)</source>
        <translation>se esperaba una cadena (Markdown)</translation>
    </message>
    <message>
        <source>unknown step</source>
        <translation>paso desconocido</translation>
    </message>
    <message>
        <source>expected an object with one text per step</source>
        <translation>se esperaba un objeto con un texto por paso</translation>
    </message>
    <message>
        <source>unknown item &quot;%1&quot;</source>
        <translation>elemento desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a template (over 4 MB)</source>
        <translation>%1 es demasiado grande para una plantilla (más de 4 MB)</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>“%1” is a built-in template: duplicate it to make changes.</source>
        <translation>“%1” es una plantilla integrada: duplíquela para hacer cambios.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Built-in templates cannot be deleted.</source>
        <translation>Las plantillas integradas no se pueden eliminar.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Outage</source>
        <translation>Interrupción del servicio</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>Incidente de seguridad</translation>
    </message>
    <message>
        <source>When did the unauthorized access or exposure start, and when did we learn of it?</source>
        <translation>¿Cuándo comenzó el acceso no autorizado o la exposición, y cuándo nos enteramos?</translation>
    </message>
    <message>
        <source>What told us: an alert, an audit log, a researcher, a customer, or a colleague?</source>
        <translation>¿Qué nos avisó: una alerta, un registro de auditoría, un investigador, un cliente o un colega?</translation>
    </message>
    <message>
        <source>Which logs would have shown it earlier, and were they kept long enough?</source>
        <translation>¿Qué registros lo habrían mostrado antes, y se conservaron el tiempo suficiente?</translation>
    </message>
    <message>
        <source>Which weakness made it possible: a credential, a permission, a missing patch, a configuration?</source>
        <translation>¿Qué debilidad lo hizo posible: una credencial, un permiso, un parche faltante, una configuración?</translation>
    </message>
    <message>
        <source>Which data and systems could the attacker reach, and which did they reach?</source>
        <translation>¿A qué datos y sistemas podía llegar el atacante, y a cuáles llegó?</translation>
    </message>
    <message>
        <source>How did we establish the scope, and how sure are we of it?</source>
        <translation>¿Cómo establecimos el alcance, y qué tan seguros estamos de él?</translation>
    </message>
    <message>
        <source>When was the access closed, and which credentials were rotated?</source>
        <translation>¿Cuándo se cerró el acceso, y qué credenciales se rotaron?</translation>
    </message>
    <message>
        <source>Who had to be notified (customers, regulators, partners), and when were they?</source>
        <translation>¿A quién había que notificar (clientes, reguladores, socios), y cuándo se les notificó?</translation>
    </message>
    <message>
        <source>How could we contain a similar incident in half the time?</source>
        <translation>¿Cómo podríamos contener un incidente similar en la mitad del tiempo?</translation>
    </message>
    <message>
        <source>Which control would have stopped this: least privilege, review, scanning, isolation?</source>
        <translation>¿Qué control habría detenido esto: mínimo privilegio, revisión, escaneo, aislamiento?</translation>
    </message>
    <message>
        <source>Where else does the same weakness exist?</source>
        <translation>¿Dónde más existe la misma debilidad?</translation>
    </message>
    <message>
        <source>## Impact of a security incident

Say which data or systems were exposed, for how long, and to whom, in terms of confidentiality, integrity and availability. Say what is known and what is only suspected, and how the scope was established. Keep secrets, keys and personal data out of this document.</source>
        <translation>## Impacto de un incidente de seguridad

Indique qué datos o sistemas quedaron expuestos, durante cuánto tiempo y a quién, en términos de confidencialidad, integridad y disponibilidad. Indique qué se sabe y qué solo se sospecha, y cómo se estableció el alcance. Mantenga los secretos, las claves y los datos personales fuera de este documento.</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>Pérdida de datos</translation>
    </message>
    <message>
        <source>When was data first lost or corrupted, and when did we notice?</source>
        <translation>¿Cuándo se perdieron o dañaron datos por primera vez, y cuándo lo notamos?</translation>
    </message>
    <message>
        <source>Which check or person found it, and could a check have found it sooner?</source>
        <translation>¿Qué comprobación o persona lo encontró, y podría una comprobación haberlo encontrado antes?</translation>
    </message>
    <message>
        <source>Which records were lost or changed, and how do we know the list is complete?</source>
        <translation>¿Qué registros se perdieron o cambiaron, y cómo sabemos que la lista está completa?</translation>
    </message>
    <message>
        <source>What wrote, deleted or failed to write the data?</source>
        <translation>¿Qué escribió, eliminó o no escribió los datos?</translation>
    </message>
    <message>
        <source>What could be restored, from which backup or source, and what is lost for good?</source>
        <translation>¿Qué se pudo restaurar, desde qué copia de seguridad o fuente, y qué se perdió definitivamente?</translation>
    </message>
    <message>
        <source>How long did the restore take, and was it ever rehearsed?</source>
        <translation>¿Cuánto tardó la restauración, y se había ensayado alguna vez?</translation>
    </message>
    <message>
        <source>How were the affected customers told?</source>
        <translation>¿Cómo se informó a los clientes afectados?</translation>
    </message>
    <message>
        <source>Which safeguard (backup, versioning, soft delete, validation) would have kept the data?</source>
        <translation>¿Qué salvaguarda (copia de seguridad, control de versiones, eliminación reversible, validación) habría conservado los datos?</translation>
    </message>
    <message>
        <source>How will we test that restores work?</source>
        <translation>¿Cómo probaremos que las restauraciones funcionan?</translation>
    </message>
    <message>
        <source>## Impact of a data loss

Count the records, customers and time span affected, and separate what was restored from what is lost for good. Say how the count was made.</source>
        <translation>## Impacto de una pérdida de datos

Cuente los registros, los clientes y el período afectados, y separe lo que se restauró de lo que se perdió definitivamente. Indique cómo se hizo el conteo.</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Casi incidente</translation>
    </message>
    <message>
        <source>What did we notice, and what would have happened had nobody noticed?</source>
        <translation>¿Qué notamos, y qué habría pasado si nadie lo hubiera notado?</translation>
    </message>
    <message>
        <source>Which condition brought us close to customer impact?</source>
        <translation>¿Qué condición nos acercó a un impacto en los clientes?</translation>
    </message>
    <message>
        <source>What stopped it from reaching customers: a safeguard, luck, or a person?</source>
        <translation>¿Qué impidió que llegara a los clientes: una salvaguarda, la suerte o una persona?</translation>
    </message>
    <message>
        <source>How do we make that safeguard reliable, so it does not depend on luck?</source>
        <translation>¿Cómo hacemos que esa salvaguarda sea confiable, para que no dependa de la suerte?</translation>
    </message>
    <message>
        <source>## Summary of a near miss

Nothing reached customers, so say what almost happened, what stopped it, and what would have been affected. A near miss is a free lesson: keep it short and focus on the safeguard.</source>
        <translation>## Resumen de un casi incidente

Nada llegó a los clientes, así que indique qué estuvo a punto de pasar, qué lo detuvo y qué se habría visto afectado. Un casi incidente es una lección gratuita: sea breve y céntrese en la salvaguarda.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>TimeParser</name>
    <message>
        <source>%1 is not an hour on a 12-hour clock.</source>
        <translation>%1 no es una hora válida en un reloj de 12 horas.</translation>
    </message>
    <message>
        <source>%1 is not a time of day.</source>
        <translation>%1 no es una hora del día.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Zona horaria desconocida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 no es una fecha.</translation>
    </message>
    <message>
        <source>%1 %2 did not happen in %3: the clocks skipped it (daylight saving time).</source>
        <translation>%1 %2 no existió en %3: los relojes saltaron esa hora (horario de verano).</translation>
    </message>
    <message>
        <source>Type a time, for example 14:02 or 2024-03-07 14:02 UTC.</source>
        <translation>Escriba una hora, por ejemplo 14:02 o 2024-03-07 14:02 UTC.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time this field understands; try 14:02 or 2024-03-07 14:02 UTC.</source>
        <translation>Este campo no reconoce &quot;%1&quot; como hora; pruebe con 14:02 o 2024-03-07 14:02 UTC.</translation>
    </message>
    <message>
        <source>No time at the start of this line.</source>
        <translation>No hay una hora al comienzo de esta línea.</translation>
    </message>
</context>
<context>
    <name>TimelineAnalysis</name>
    <message>
        <source>The entry marked “%1” has no valid time.</source>
        <translation>La entrada marcada como “%1” no tiene una hora válida.</translation>
    </message>
    <message>
        <source>No timeline entry is marked “%1”.</source>
        <translation>Ninguna entrada de la cronología está marcada como “%1”.</translation>
    </message>
    <message>
        <source>No timeline entry is marked “%1” or “%2”.</source>
        <translation>Ninguna entrada de la cronología está marcada como “%1” ni como “%2”.</translation>
    </message>
    <message>
        <source>The entry marked “%1” is earlier than the entry marked “%2”.</source>
        <translation>La entrada marcada como “%1” es anterior a la marcada como “%2”.</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>disparador</translation>
    </message>
    <message>
        <source>impact start</source>
        <translation>inicio del impacto</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detectado</translation>
    </message>
    <message>
        <source>diagnosed</source>
        <translation>diagnosticado</translation>
    </message>
    <message>
        <source>mitigated</source>
        <translation>mitigado</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>%1 %2 min</source>
        <translation>%1 %2 min</translation>
    </message>
    <message>
        <source>%1 %2 h %3 min</source>
        <translation>%1 %2 h %3 min</translation>
    </message>
</context>
<context>
    <name>WriteBatch</name>
    <message>
        <source>Nothing was written: the archive %1 is open read-only.</source>
        <translation>No se escribió nada: el archivo de COE %1 está abierto en solo lectura.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>No se escribió nada en %1: %2</translation>
    </message>
    <message>
        <source>The last writes to %1 were not saved: %2</source>
        <translation>Las últimas escrituras en %1 no se guardaron: %2</translation>
    </message>
</context>
<context>
    <name>hindsight::ActionDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
</context>
<context>
    <name>hindsight::ActionItemModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Whys</source>
        <translation>Porqués</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
</context>
<context>
    <name>hindsight::ActionItemsView</name>
    <message>
        <source>Action items of every COE</source>
        <translation>Elementos de acción de todos los COE</translation>
    </message>
    <message>
        <source>Action item status filter</source>
        <translation>Filtro de estado de los elementos de acción</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>Abiertos o en curso</translation>
    </message>
    <message>
        <source>Action item owner filter</source>
        <translation>Filtro de responsable de los elementos de acción</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>Action item priority filter</source>
        <translation>Filtro de prioridad de los elementos de acción</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo vencidos</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Fecha límite dentro de</translation>
    </message>
    <message>
        <source>Due within this many days</source>
        <translation>Fecha límite dentro de esta cantidad de días</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the listed action items as CSV for a tracker&apos;s import</source>
        <translation>Guardar los elementos de acción de la lista como CSV para importarlos en un sistema de seguimiento</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export action items as CSV</source>
        <translation>Exportar elementos de acción como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>hindsight::ActionsPage</name>
    <message>
        <source>Action items</source>
        <translation>Elementos de acción</translation>
    </message>
    <message>
        <source>&amp;Add Action Item</source>
        <translation>Ag&amp;regar elemento de acción</translation>
    </message>
    <message>
        <source>Add an item due in 14 days</source>
        <translation>Agregar un elemento con fecha límite en 14 días</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Action item description</source>
        <translation>Descripción del elemento de acción</translation>
    </message>
    <message>
        <source>What done looks like, and how we will know it works.</source>
        <translation>Cómo se ve terminado y cómo sabremos que funciona.</translation>
    </message>
    <message>
        <source>Delete Action Items</source>
        <translation>Eliminar elementos de acción</translation>
    </message>
    <message>
        <source>Des&amp;cription of the selected item:</source>
        <translation>&amp;Descripción del elemento seleccionado:</translation>
    </message>
</context>
<context>
    <name>hindsight::ArchiveActionModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Elemento de acción</translation>
    </message>
    <message>
        <source>COE</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de atraso</translation>
    </message>
</context>
<context>
    <name>hindsight::ArchiveSearch</name>
    <message>
        <source>Cannot search %1: %2</source>
        <translation>No se puede buscar en %1: %2</translation>
    </message>
    <message>
        <source>The search is long: only its first %1 words (at most %2 characters) were searched for.</source>
        <translation>La búsqueda es larga: solo se buscaron sus primeras %1 palabras (como máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>Nothing to search for: the search holds no letter or digit.</source>
        <translation>Nada que buscar: la búsqueda no contiene ninguna letra ni dígito.</translation>
    </message>
</context>
<context>
    <name>hindsight::AutoSaver</name>
    <message>
        <source>Someone else saved this COE since you opened it.</source>
        <translation>Otra persona guardó este COE después de que usted lo abrió.</translation>
    </message>
</context>
<context>
    <name>hindsight::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
</context>
<context>
    <name>hindsight::ChartTableView</name>
    <message>
        <source>Chart data</source>
        <translation>Datos del gráfico</translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>Datos de %1</translation>
    </message>
</context>
<context>
    <name>hindsight::ChartView</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>&amp;Copy as Table</source>
        <translation>&amp;Copiar como tabla</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Guardar como PNG</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Guardar como &amp;SVG…</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Guardar gráfico como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save as SVG</source>
        <translation>Guardar como SVG</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
</context>
<context>
    <name>hindsight::CoeBrowserView</name>
    <message>
        <source>COEs in this archive</source>
        <translation>COE en este archivo</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>No COEs match the search and filters.
Try fewer words or clear a filter.</source>
        <translation>Ningún COE coincide con la búsqueda y los filtros.
Pruebe con menos palabras o borre un filtro.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
</context>
<context>
    <name>hindsight::CoePreviewPane</name>
    <message>
        <source>%1 —</source>
        <translation>%1: —</translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <translation>%1 %2 min</translation>
    </message>
    <message>
        <source>%1 %2 h %3 min</source>
        <translation>%1 %2 h %3 min</translation>
    </message>
    <message>
        <source>Preview of the selected COE</source>
        <translation>Vista previa del COE seleccionado</translation>
    </message>
    <message>
        <source>Select a COE to see it here.</source>
        <translation>Seleccione un COE para verlo aquí.</translation>
    </message>
    <message>
        <source>Durations:</source>
        <translation>Duraciones:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Acciones:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Gravedad %1</translation>
    </message>
    <message>
        <source>Severity not set</source>
        <translation>Gravedad sin definir</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation>Todavía no hay resumen.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Time to detect, diagnose, mitigate and resolve, from the timeline&apos;s milestones</source>
        <translation>Tiempo hasta la detección, el diagnóstico, la mitigación y la resolución, según los hitos de la cronología</translation>
    </message>
    <message>
        <source>%1 open · %2 overdue</source>
        <translation>%1 abiertas · %2 vencidas</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>nothing to fix</source>
        <translation>nada que corregir</translation>
    </message>
    <message numerus="yes">
        <source>%n ✗ error(s)</source>
        <translation>
            <numerusform>%n ✗ error</numerusform>
            <numerusform>%n ✗ errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ⚠ warning(s)</source>
        <translation>
            <numerusform>%n ⚠ advertencia</numerusform>
            <numerusform>%n ⚠ advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::CoeRepository</name>
    <message>
        <source>unknown %1 &quot;%2&quot; in the archive</source>
        <translation>%1 desconocido «%2» en el archivo</translation>
    </message>
    <message>
        <source>the points of series &quot;%1&quot; of metric &quot;%2&quot; are damaged</source>
        <translation>los puntos de la serie &quot;%1&quot; de la métrica &quot;%2&quot; están dañados</translation>
    </message>
</context>
<context>
    <name>hindsight::CoeTableModel</name>
    <message>
        <source>When impact began (else the trigger, else the first timeline entry), in the COE&apos;s time zone</source>
        <translation>Cuándo comenzó el impacto (si no, el disparador; si no, la primera entrada de la cronología), en la zona horaria del COE</translation>
    </message>
    <message>
        <source>Severity, 1 (most severe) to 5</source>
        <translation>Gravedad, de 1 (la más grave) a 5</translation>
    </message>
    <message>
        <source>Action items open or in progress</source>
        <translation>Elementos de acción abiertos o en curso</translation>
    </message>
    <message>
        <source>Open action items past their due date</source>
        <translation>Elementos de acción abiertos con la fecha límite vencida</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Sev</source>
        <translation>Grav.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>%1 ✗</source>
        <comment>errors of the review check</comment>
        <translation>%1 ✗</translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <comment>warnings of the review check</comment>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <source>The COE could not be read for the review check</source>
        <translation>No se pudo leer el COE para la revisión</translation>
    </message>
    <message>
        <source>The review check finds nothing to fix</source>
        <translation>La revisión no encuentra nada que corregir</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors (✗) and warnings (⚠) the review check finds; ✓ when it finds none</source>
        <translation>Errores (✗) y advertencias (⚠) que encuentra la revisión; ✓ cuando no encuentra ninguno</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Untitled COE</source>
        <translation>COE sin título</translation>
    </message>
</context>
<context>
    <name>hindsight::ConflictDialog</name>
    <message>
        <source>Resolve Save Conflict</source>
        <translation>Resolver el conflicto al guardar</translation>
    </message>
    <message>
        <source>Someone else saved this COE while you were editing it. For each section that differs, keep their version or yours; the result is saved as the next revision. Nothing is saved until you choose Save.</source>
        <translation>Otra persona guardó este COE mientras lo editaba. En cada sección que difiere, conserve su versión o la de usted; el resultado se guarda como la revisión siguiente. No se guarda nada hasta que elija Guardar.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) differ.</source>
        <translation>
            <numerusform>%n sección difiere.</numerusform>
            <numerusform>%n secciones difieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Theirs (stored)</source>
        <translation>La suya (guardada)</translation>
    </message>
    <message>
        <source>Theirs (stored, saved %1)</source>
        <translation>La suya (guardada el %1)</translation>
    </message>
    <message>
        <source>Mine (this window)</source>
        <translation>La mía (esta ventana)</translation>
    </message>
    <message>
        <source>Take All &amp;Theirs</source>
        <translation>Tomar toda &amp;la suya</translation>
    </message>
    <message>
        <source>Choose their version for every section</source>
        <translation>Elegir su versión en todas las secciones</translation>
    </message>
    <message>
        <source>Take All &amp;Mine</source>
        <translation>Tomar toda la &amp;mía</translation>
    </message>
    <message>
        <source>Choose your version for every section</source>
        <translation>Elegir la versión de usted en todas las secciones</translation>
    </message>
    <message>
        <source>Save M&amp;y Version</source>
        <translation>Guardar mi &amp;versión</translation>
    </message>
    <message>
        <source>Save your version of every section as the next revision</source>
        <translation>Guardar su versión de todas las secciones como la revisión siguiente</translation>
    </message>
    <message>
        <source>&amp;Save Merged</source>
        <translation>&amp;Guardar combinado</translation>
    </message>
    <message>
        <source>Save the chosen sections as the next revision</source>
        <translation>Guardar las secciones elegidas como la revisión siguiente</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Tomar la suya: %1</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Conservar la mía: %1</translation>
    </message>
    <message>
        <source>(not in their version: taking theirs leaves it out)</source>
        <translation>(no está en su versión: tomar la suya lo omite)</translation>
    </message>
    <message>
        <source>(not in your version: keeping mine leaves it out)</source>
        <translation>(no está en la versión de usted: conservar la mía lo omite)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Their version: %1</source>
        <translation>Su versión: %1</translation>
    </message>
    <message>
        <source>Your version: %1</source>
        <translation>La versión de usted: %1</translation>
    </message>
    <message>
        <source>Changed by them</source>
        <translation>Cambiado por la otra persona</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>Cambiado por usted</translation>
    </message>
    <message>
        <source>Changed by both</source>
        <translation>Cambiado por ambos</translation>
    </message>
    <message>
        <source>Only they changed this since you opened it: their version is chosen.</source>
        <translation>Solo la otra persona cambió esto desde que lo abrió: se elige su versión.</translation>
    </message>
    <message>
        <source>Only you changed this since you opened it: your version is chosen.</source>
        <translation>Solo usted cambió esto desde que lo abrió: se elige la versión de usted.</translation>
    </message>
    <message>
        <source>You and they both changed this since you opened it: your version is chosen. Check theirs before you save.</source>
        <translation>Usted y la otra persona cambiaron esto desde que lo abrió: se elige la versión de usted. Revise la suya antes de guardar.</translation>
    </message>
    <message numerus="yes">
        <source>Where only they changed a section, their version is chosen; where only you did, yours. %n section(s) changed by both of you: yours is chosen there, check them.</source>
        <translation>
            <numerusform>Donde solo la otra persona cambió una sección, se elige su versión; donde solo usted, la de usted. %n sección cambiada por ambos: allí se elige la de usted, revísela.</numerusform>
            <numerusform>Donde solo la otra persona cambió una sección, se elige su versión; donde solo usted, la de usted. %n secciones cambiadas por ambos: allí se elige la de usted, revíselas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where only they changed a section, their version is chosen; where only you did, yours. No section was changed by both of you.</source>
        <translation>Donde solo la otra persona cambió una sección, se elige su versión; donde solo usted, la de usted. Ninguna sección fue cambiada por ambos.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
</context>
<context>
    <name>hindsight::DateLineEdit</name>
    <message>
        <source>Type a date: 2017-03-15, 20170315 or %1</source>
        <translation>Escriba una fecha: 2017-03-15, 20170315 o %1</translation>
    </message>
</context>
<context>
    <name>hindsight::DateParser</name>
    <message>
        <source>Type a date, such as 2017-03-15.</source>
        <translation>Escriba una fecha, como 2017-03-15.</translation>
    </message>
    <message>
        <source>“%1” is not a date in the calendar.</source>
        <translation>«%1» no es una fecha del calendario.</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2017-03-15, 20170315 or %2.</source>
        <translation>«%1» no es una fecha: escríbala como 2017-03-15, 20170315 o %2.</translation>
    </message>
</context>
<context>
    <name>hindsight::EditorLiveBar</name>
    <message>
        <source>Show Changes…</source>
        <translation>Mostrar cambios…</translation>
    </message>
    <message>
        <source>Compare the stored version with this window&apos;s, section by section</source>
        <translation>Comparar la versión guardada con la de esta ventana, sección por sección</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Show the stored version here (Edit ▸ Undo brings this window&apos;s back)</source>
        <translation>Mostrar aquí la versión guardada (Editar ▸ Deshacer recupera la de esta ventana)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>Cambiado por %1 a las %2</translation>
    </message>
    <message>
        <source>Saved on %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Cannot read the stored version: %1</source>
        <translation>No se puede leer la versión guardada: %1</translation>
    </message>
    <message>
        <source>This window has edits that are not saved yet. Reloading replaces them with the stored version (Edit ▸ Undo brings them back); Compare and Merge keeps what you choose of both.</source>
        <translation>Esta ventana tiene cambios que aún no se guardaron. Recargar los reemplaza por la versión guardada (Editar ▸ Deshacer los recupera); Comparar y combinar conserva lo que elija de ambas.</translation>
    </message>
    <message>
        <source>Compare and Merge…</source>
        <translation>Comparar y combinar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reload Stored Version</source>
        <translation>Recargar la versión guardada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (host)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Also open by %1</source>
        <translation>También abierto por %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Take this COE out of the Trash</source>
        <translation>Sacar este COE de la Papelera</translation>
    </message>
    <message>
        <source>Another window or person moved this COE to the Trash. What you type is still saved, in the Trash, until the Trash is emptied.</source>
        <translation>Otra ventana u otra persona ha movido este COE a la Papelera. Lo que escriba se sigue guardando, en la Papelera, hasta que se vacíe.</translation>
    </message>
    <message>
        <source>Cannot restore this COE from the Trash: %1</source>
        <translation>No se puede restaurar este COE de la Papelera: %1</translation>
    </message>
</context>
<context>
    <name>hindsight::EditorPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>5 Whys</source>
        <translation>5 porqués</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>hindsight::EditorWindow</name>
    <message>
        <source>The COE %1 is not in this archive.</source>
        <translation>El COE %1 no está en este archivo.</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>Pa&amp;sos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Review findings</source>
        <translation>Hallazgos de la revisión</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Show guidance</source>
        <translation>Mostrar orientación</translation>
    </message>
    <message>
        <source>Show or hide what this step is for (F1)</source>
        <translation>Mostrar u ocultar para qué sirve este paso (F1)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;trás</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+PgUp)</source>
        <translation>Paso anterior (Ctrl+RePág)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Si&amp;guiente &gt;</translation>
    </message>
    <message>
        <source>Next step (Ctrl+PgDown)</source>
        <translation>Paso siguiente (Ctrl+AvPág)</translation>
    </message>
    <message>
        <source>This archive is open read-only: you can read and edit, but changes cannot be saved. Export or copy your text before closing.</source>
        <translation>Este archivo está abierto en modo de solo lectura: puede leer y editar, pero los cambios no se pueden guardar. Exporte o copie su texto antes de cerrar.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>&amp;Guardar ahora</translation>
    </message>
    <message>
        <source>Save this COE to the archive now (it also saves by itself)</source>
        <translation>Guardar este COE en el archivo ahora (también se guarda solo)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Save and close this COE</source>
        <translation>Guardar y cerrar este COE</translation>
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
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Rehacer el último cambio deshecho</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous step</source>
        <translation>Ir al paso anterior</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Ir al paso siguiente</translation>
    </message>
    <message>
        <source>Go to step %1, %2</source>
        <translation>Ir al paso %1, %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Orientación</translation>
    </message>
    <message>
        <source>Show or hide what each step is for</source>
        <translation>Mostrar u ocultar para qué sirve cada paso</translation>
    </message>
    <message>
        <source>&amp;Review Now</source>
        <translation>&amp;Revisar ahora</translation>
    </message>
    <message>
        <source>Check the COE again for gaps and missing parts</source>
        <translation>Volver a revisar el COE en busca de intervalos y partes faltantes</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>#### What this step is for</source>
        <translation>#### Para qué sirve este paso</translation>
    </message>
    <message>
        <source>Hide guidance</source>
        <translation>Ocultar orientación</translation>
    </message>
    <message>
        <source>&amp;Review: nothing to fix</source>
        <translation>Revisió&amp;n: nada que corregir</translation>
    </message>
    <message>
        <source>&amp;Review: %1 ⚠ %2 ✗</source>
        <translation>Revisió&amp;n: %1 ⚠ %2 ✗</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n warnings</source>
        <translation>
            <numerusform>Revisión: %n advertencia</numerusform>
            <numerusform>Revisión: %n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Step %1, %2, %3</source>
        <translation>Paso %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>guardado %1</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>changes pending</source>
        <translation>cambios pendientes</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <source>Untitled COE</source>
        <translation>COE sin título</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Hindsight</source>
        <translation>%1[*] — %2 — Hindsight</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are kept here.</source>
        <translation>Sin guardar: %1 Sus ediciones se conservan aquí.</translation>
    </message>
    <message>
        <source>Save My Version</source>
        <translation>Guardar mi versión</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are kept here; nothing is lost while this window is open.</source>
        <translation>Sin guardar: %1 Sus ediciones se conservan aquí; no se pierde nada mientras esta ventana esté abierta.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Close Without Saving?</source>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <source>Your changes to &quot;%1&quot; could not be saved: %2

Close the window and lose them?</source>
        <translation>Sus cambios en &quot;%1&quot; no se pudieron guardar: %2

¿Desea cerrar la ventana y perderlos?</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Write this COE as a PDF for the review meeting</source>
        <translation>Escribir este COE como PDF para la reunión de revisión</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See the pages as they will print</source>
        <translation>Ver las páginas tal como se imprimirán</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print this COE</source>
        <translation>Imprimir este COE</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>Write this COE as Markdown, with its images beside it</source>
        <translation>Escribir este COE como Markdown, con sus imágenes al lado</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Author name, time zone, thresholds, paper size, language</source>
        <translation>Nombre del autor, zona horaria, umbrales, tamaño del papel, idioma</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Not a Person: Mark “%1” as a Team</source>
        <translation>No es una persona: marcar «%1» como equipo</translation>
    </message>
    <message>
        <source>“%1” is marked as a team.</source>
        <translation>«%1» está marcado como equipo.</translation>
    </message>
    <message>
        <source>Compare and Merge…</source>
        <translation>Comparar y combinar…</translation>
    </message>
    <message>
        <source>Cannot read the stored version: %1</source>
        <translation>No se puede leer la versión guardada: %1</translation>
    </message>
    <message>
        <source>Resolve Conflict</source>
        <translation>Resolver el conflicto</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>This archive is open read-only: a version cannot be restored here.</source>
        <translation>Este archivo está abierto solo para lectura: aquí no se puede restaurar una versión.</translation>
    </message>
    <message>
        <source>Cannot read version %1: %2</source>
        <translation>No se puede leer la versión %1: %2</translation>
    </message>
    <message>
        <source>Version %1 is the same as the current document: nothing to restore.</source>
        <translation>La versión %1 es igual al documento actual: no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>Restore Version %1?</source>
        <translation>¿Restaurar la versión %1?</translation>
    </message>
    <message>
        <source>Make version %1 (%2, by %3) the current document?

What the document holds now is replaced; Edit ▸ Undo brings it back. A new version records the restore.</source>
        <translation>¿Hacer de la versión %1 (%2, de %3) el documento actual?

Lo que contiene ahora el documento se sustituye; Editar ▸ Deshacer lo recupera. Una versión nueva registra la restauración.</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>autor desconocido</translation>
    </message>
    <message>
        <source>Restore Version %1</source>
        <translation>Restaurar la versión %1</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>versión %1 restaurada</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>See the versions of this COE, what changed between them, and restore one</source>
        <translation>Ver las versiones de este COE, qué cambió entre ellas y restaurar una</translation>
    </message>
    <message>
        <source>Saved, but no version could be recorded for History: %1</source>
        <translation>Guardado, pero no se ha podido registrar una versión para el historial: %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>This COE was approved; editing it moves it back to In review.</source>
        <translation>Este COE estaba aprobado; editarlo lo devuelve a En revisión.</translation>
    </message>
    <message>
        <source>Changed since approved on %1.</source>
        <translation>Cambiado desde su aprobación el %1.</translation>
    </message>
    <message>
        <source>Changed since approved on %1 by %2.</source>
        <translation>Cambiado desde su aprobación el %1 por %2.</translation>
    </message>
    <message>
        <source>Show Changes…</source>
        <translation>Mostrar cambios…</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Agregar &amp;comentario…</translation>
    </message>
    <message>
        <source>Add a review comment on the selected item or this step</source>
        <translation>Agregar un comentario de revisión sobre el elemento seleccionado o sobre este paso</translation>
    </message>
    <message>
        <source>Comment added; see it in step %1, %2.</source>
        <translation>Comentario agregado; véalo en el paso %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comments</source>
        <translation>
            <numerusform>%n comentario sin resolver</numerusform>
            <numerusform>%n comentarios sin resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>Past COEs like this one: see them in the Related step</source>
        <translation>COE anteriores como este: véalos en el paso Relacionados</translation>
    </message>
    <message numerus="yes">
        <source>%n similar past COE(s)</source>
        <translation>
            <numerusform>%n COE anterior similar</numerusform>
            <numerusform>%n COE anteriores similares</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;Template…</source>
        <translation>Cambiar &amp;plantilla…</translation>
    </message>
    <message>
        <source>Change Template</source>
        <translation>Cambiar plantilla</translation>
    </message>
    <message>
        <source>Add another template&apos;s questions, tags and services; answered questions stay</source>
        <translation>Agregar las preguntas, etiquetas y servicios de otra plantilla; las preguntas respondidas se conservan</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Add &amp;Series from File…</source>
        <translation>Agregar &amp;serie desde archivo…</translation>
    </message>
    <message>
        <source>Read a monitoring export (CloudWatch, Grafana, Prometheus, Datadog, CSV) into the selected metric</source>
        <translation>Leer una exportación de monitoreo (CloudWatch, Grafana, Prometheus, Datadog, CSV) en la métrica seleccionada</translation>
    </message>
    <message>
        <source>&amp;Paste Series</source>
        <translation>&amp;Pegar serie</translation>
    </message>
    <message>
        <source>Read CSV text from the clipboard into the selected metric</source>
        <translation>Leer texto CSV del portapapeles en la métrica seleccionada</translation>
    </message>
</context>
<context>
    <name>hindsight::EmptyState</name>
    <message>
        <source>No COEs in this archive yet</source>
        <translation>Todavía no hay COE en este archivo</translation>
    </message>
    <message>
        <source>A Correction of Error (COE) turns an incident into lessons and corrective actions: what happened, its impact, how it was found and fixed, why it happened, and what we will change so it cannot happen again.</source>
        <translation>Un Correction of Error (COE) convierte un incidente en aprendizajes y acciones correctivas: qué ocurrió, su impacto, cómo se detectó y se corrigió, por qué ocurrió y qué cambiaremos para que no vuelva a ocurrir.</translation>
    </message>
    <message>
        <source>New COE</source>
        <translation>Nuevo COE</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
</context>
<context>
    <name>hindsight::FactorModel</name>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Factor contribuyente</translation>
    </message>
    <message>
        <source>From whys</source>
        <translation>De los porqués</translation>
    </message>
</context>
<context>
    <name>hindsight::FactorsPanel</name>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>What made this incident possible, each in a category the archive counts across incidents. Link each root cause to at least one.</source>
        <translation>Lo que hizo posible este incidente, cada uno en una categoría que el archivo de COE contabiliza entre incidentes. Vincule cada causa raíz con al menos uno.</translation>
    </message>
    <message>
        <source>Delete Factor</source>
        <translation>Eliminar factor</translation>
    </message>
    <message>
        <source>Add Factor from Wh&amp;y</source>
        <translation>Agregar factor &amp;desde el porqué</translation>
    </message>
    <message>
        <source>Add a contributing factor that comes from the why selected above</source>
        <translation>Agregar un factor contribuyente que proviene del porqué seleccionado arriba</translation>
    </message>
    <message>
        <source>&amp;Link Selected Why</source>
        <translation>Vinc&amp;ular porqué seleccionado</translation>
    </message>
    <message>
        <source>Un&amp;link Selected Why</source>
        <translation>Desvinc&amp;ular porqué seleccionado</translation>
    </message>
</context>
<context>
    <name>hindsight::FigureCard</name>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>Show the figures of this chart as a table</source>
        <translation>Mostrar las cifras de este gráfico como tabla</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Mostrar %1 como tabla</translation>
    </message>
</context>
<context>
    <name>hindsight::FilterPanel</name>
    <message>
        <source>Severity filter</source>
        <translation>Filtro de gravedad</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Gravedad %1</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>Filtro de servicio</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro de etiqueta</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtro de responsable</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Incident between</source>
        <translation>Incidente entre</translation>
    </message>
    <message>
        <source>Incident on or after</source>
        <translation>Incidente en esta fecha o después</translation>
    </message>
    <message>
        <source>Incident on or before</source>
        <translation>Incidente en esta fecha o antes</translation>
    </message>
    <message>
        <source>Has overdue actions</source>
        <translation>Tiene acciones vencidas</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Estad&amp;o</translation>
    </message>
    <message>
        <source>T&amp;ag</source>
        <translation>E&amp;tiqueta</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <source>Sever&amp;ity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <source>Servi&amp;ce</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>Has unresolved comments</source>
        <translation>Tiene comentarios sin resolver</translation>
    </message>
</context>
<context>
    <name>hindsight::HistoryDialog</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>5 porqués</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Elementos de acción</translation>
    </message>
    <message>
        <source>Related items</source>
        <translation>Elementos relacionados</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Añadido:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Quitado:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Cambiado:</translation>
    </message>
    <message>
        <source>moved from place %1 to %2</source>
        <translation>movido del puesto %1 al %2</translation>
    </message>
    <message>
        <source>Moved:</source>
        <translation>Movido:</translation>
    </message>
    <message>
        <source>from place %1 to %2</source>
        <translation>del puesto %1 al %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History — %1</source>
        <translation>Historial — %1</translation>
    </message>
    <message>
        <source>Select a version to see what changed from it to the current document, or two versions (Ctrl+click) to see what changed between them.</source>
        <translation>Seleccione una versión para ver qué cambió desde ella hasta el documento actual, o dos versiones (Ctrl+clic) para ver qué cambió entre ellas.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>&amp;Restore This Version…</source>
        <translation>&amp;Restaurar esta versión…</translation>
    </message>
    <message>
        <source>Make the selected version the current document (Edit ▸ Undo takes it back)</source>
        <translation>Hacer de la versión seleccionada el documento actual (Editar ▸ Deshacer lo revierte)</translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation>Ventana cerrada</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>Antes de importar</translation>
    </message>
    <message>
        <source>While editing</source>
        <translation>Durante la edición</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>No versions yet. A version is recorded when the window closes after changes, when the status changes, and every 10 minutes while you edit.</source>
        <translation>Aún no hay versiones. Se registra una versión al cerrar la ventana tras hacer cambios, al cambiar el estado y cada 10 minutos mientras edita.</translation>
    </message>
    <message>
        <source>Select one version, or two to compare them.</source>
        <translation>Seleccione una versión, o dos para compararlas.</translation>
    </message>
    <message>
        <source>Select a version to see what changed since.</source>
        <translation>Seleccione una versión para ver qué ha cambiado desde entonces.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>the current document</source>
        <translation>el documento actual</translation>
    </message>
    <message>
        <source>Cannot read the version: %1</source>
        <translation>No se puede leer la versión: %1</translation>
    </message>
    <message>
        <source>From %1 to %2: %3</source>
        <translation>De %1 a %2: %3</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Leyenda:</translation>
    </message>
    <message>
        <source>added (underlined)</source>
        <translation>añadido (subrayado)</translation>
    </message>
    <message>
        <source>removed (struck through)</source>
        <translation>quitado (tachado)</translation>
    </message>
    <message>
        <source>No differences between %1 and %2.</source>
        <translation>No hay diferencias entre %1 y %2.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 añadidos, %2 quitados, %3 cambiados</translation>
    </message>
    <message>
        <source>, %1 moved</source>
        <translation>, %1 movidos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Images replaced: %1</source>
        <translation>Imágenes sustituidas: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Planteamiento del problema</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>Clientes afectados</translation>
    </message>
    <message>
        <source>Financial impact</source>
        <translation>Impacto financiero</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA incumplido</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pilares</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>aproximada</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>gap explanation</source>
        <translation>explicación del hueco</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>source link</source>
        <translation>enlace a la fuente</translation>
    </message>
    <message>
        <source>images replaced</source>
        <translation>imágenes sustituidas</translation>
    </message>
    <message>
        <source>area</source>
        <translation>área</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>parent why</source>
        <translation>porqué padre</translation>
    </message>
    <message>
        <source>why</source>
        <translation>porqué</translation>
    </message>
    <message>
        <source>because</source>
        <translation>porque</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>causa raíz</translation>
    </message>
    <message>
        <source>human error</source>
        <translation>error humano</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>linked whys</source>
        <translation>porqués vinculados</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>COE</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>answered comment</source>
        <translation>comentario respondido</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>moderador</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>asistentes</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>decisiones</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>elemento de acción</translation>
    </message>
    <message>
        <source>Review record</source>
        <translation>Registro de la revisión</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation>Versión aprobada</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Review questions</source>
        <translation>Preguntas de revisión</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Detectado por</translation>
    </message>
    <message>
        <source>How it was detected</source>
        <translation>Cómo se detectó</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>key moment</source>
        <translation>momento clave</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>data series</source>
        <translation>series de datos</translation>
    </message>
    <message>
        <source>alarm threshold</source>
        <translation>umbral de alarma</translation>
    </message>
    <message>
        <source>chart window</source>
        <translation>ventana del gráfico</translation>
    </message>
</context>
<context>
    <name>hindsight::ImpactPage</name>
    <message>
        <source>Customers affected</source>
        <translation>Clientes afectados</translation>
    </message>
    <message>
        <source>41,200 — leave empty when unknown</source>
        <translation>41,200 — déjelo vacío si no se conoce</translation>
    </message>
    <message>
        <source>&amp;Customers affected:</source>
        <translation>&amp;Clientes afectados:</translation>
    </message>
    <message>
        <source>Financial impact amount</source>
        <translation>Monto del impacto financiero</translation>
    </message>
    <message>
        <source>183000 — leave empty when none or unknown</source>
        <translation>183000 — déjelo vacío si no hubo o no se conoce</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>Incumplimiento de SLA</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>Yes, an SLA or contract was breached</source>
        <translation>Sí, se incumplió un SLA o un contrato</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>S&amp;LA breached:</source>
        <translation>Incumplimiento de S&amp;LA:</translation>
    </message>
    <message>
        <source>Pillars affected</source>
        <translation>Pilares afectados</translation>
    </message>
    <message>
        <source>Pillars affected:</source>
        <translation>Pilares afectados:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>41,200 customers got an error at checkout; 12,950 orders were abandoned.</source>
        <translation>41,200 clientes recibieron un error al pagar; se abandonaron 12,950 pedidos.</translation>
    </message>
    <message>
        <source>Impact description</source>
        <translation>Descripción del impacto</translation>
    </message>
    <message>
        <source>C&amp;onsequences:</source>
        <translation>C&amp;onsecuencias:</translation>
    </message>
    <message>
        <source>Did it cause other incidents, lost deals, penalties?</source>
        <translation>¿Provocó otros incidentes, ventas perdidas, penalizaciones?</translation>
    </message>
    <message>
        <source>Second-order &amp;impact:</source>
        <translation>I&amp;mpacto de segundo orden:</translation>
    </message>
    <message>
        <source>How were our customers&apos; own businesses affected?</source>
        <translation>¿Cómo se vieron afectados los propios negocios de nuestros clientes?</translation>
    </message>
    <message>
        <source>Social mentions, support tickets, escalations.</source>
        <translation>Menciones en redes sociales, tickets de soporte, escalamientos.</translation>
    </message>
    <message>
        <source>Financial i&amp;mpact:</source>
        <translation>Impacto &amp;financiero:</translation>
    </message>
    <message>
        <source>Customer sen&amp;timent:</source>
        <translation>Perce&amp;pción de los clientes:</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Detectado por</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Who or what noticed first: an alarm, a customer, someone inside, an audit.</source>
        <translation>Quién o qué lo notó primero: una alarma, un cliente, alguien de dentro, una auditoría.</translation>
    </message>
    <message>
        <source>Detected b&amp;y:</source>
        <translation>&amp;Quién lo detectó:</translation>
    </message>
    <message>
        <source>Ho&amp;w it was detected:</source>
        <translation>De q&amp;ué forma se detectó:</translation>
    </message>
    <message>
        <source>The 5xx alarm fired after 15 one-minute datapoints above 2%.</source>
        <translation>La alarma de 5xx se disparó tras 15 puntos de datos de un minuto por encima del 2%.</translation>
    </message>
    <message>
        <source>How it was detected</source>
        <translation>Cómo se detectó</translation>
    </message>
</context>
<context>
    <name>hindsight::InsightsWindow</name>
    <message>
        <source>Insights — %1</source>
        <translation>Insights — %1</translation>
    </message>
    <message>
        <source>Earlier COE</source>
        <translation>COE anterior</translation>
    </message>
    <message>
        <source>Later COE</source>
        <translation>COE posterior</translation>
    </message>
    <message>
        <source>Days apart</source>
        <translation>Días de diferencia</translation>
    </message>
    <message>
        <source>Shared services</source>
        <translation>Servicios compartidos</translation>
    </message>
    <message>
        <source>Shared categories</source>
        <translation>Categorías compartidas</translation>
    </message>
    <message>
        <source>Repeat incidents</source>
        <translation>Incidentes repetidos</translation>
    </message>
    <message>
        <source>&amp;Durations</source>
        <translation>&amp;Duraciones</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidentes</translation>
    </message>
    <message>
        <source>&amp;Factors</source>
        <translation>&amp;Factores</translation>
    </message>
    <message>
        <source>D&amp;etection</source>
        <translation>D&amp;etección</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Repeticiones</translation>
    </message>
    <message>
        <source>F&amp;ollow-through</source>
        <translation>Se&amp;guimiento</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Learning Report…</source>
        <translation>Informe de &amp;aprendizaje…</translation>
    </message>
    <message>
        <source>Write the figures shown here, with their charts, the COEs and the overdue action items, as a PDF</source>
        <translation>Escribir las cifras que se muestran aquí, con sus gráficos, los COE y los elementos de acción vencidos, como PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Read the archive again</source>
        <translation>Volver a leer el archivo de COE</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Incidents &amp;from</source>
        <translation>Incidentes de&amp;sde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation>Por trimestre</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Two COEs sharing a service and a factor category this close together are listed as repeat incidents</source>
        <translation>Dos COE que comparten un servicio y una categoría de factor con esta proximidad se listan como incidentes repetidos</translation>
    </message>
    <message>
        <source>Re&amp;peat within</source>
        <translation>Re&amp;petición dentro de</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>No hay ningún archivo de COE abierto.</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any factor category</source>
        <translation>Cualquier categoría de factor</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>No se puede leer el archivo de COE: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s) match</source>
        <translation>
            <numerusform>%n COE coincide</numerusform>
            <numerusform>%n COE coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without an incident date)</source>
        <translation>
            <numerusform> (%n sin fecha de incidente)</numerusform>
            <numerusform> (%n sin fecha de incidente)</numerusform>
        </translation>
    </message>
    <message>
        <source> · periods by the UTC date of each incident&apos;s start · medians and p90 with N, never a bare mean</source>
        <translation> · períodos según la fecha UTC del inicio de cada incidente · medianas y p90 con N, nunca solo una media</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this COE</source>
        <translation>Haga doble clic o presione Intro para abrir este COE</translation>
    </message>
    <message numerus="yes">
        <source>No two COEs share a service and a factor category within %n day(s).</source>
        <translation>
            <numerusform>Ningún par de COE comparte un servicio y una categoría de factor en %n día.</numerusform>
            <numerusform>Ningún par de COE comparte un servicio y una categoría de factor en %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of COEs share a service and a factor category within the window. Open either COE from its cell.</source>
        <translation>
            <numerusform>%n par de COE comparte un servicio y una categoría de factor dentro del intervalo. Abra cualquiera de los COE desde su celda.</numerusform>
            <numerusform>%n pares de COE comparten un servicio y una categoría de factor dentro del intervalo. Abra cualquiera de los COE desde su celda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 are listed; narrow the filters to see others.</source>
        <translation>Se listan los %1 más recientes; restrinja los filtros para ver otros.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see the table view)</source>
        <translation>
            <numerusform>y %n más (vea la vista de tabla)</numerusform>
            <numerusform>y %n más (vea la vista de tabla)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::LearningReportDialog</name>
    <message>
        <source>Learning Report</source>
        <translation>Informe de aprendizaje</translation>
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
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Incidents &amp;from:</source>
        <translation>Incidentes &amp;desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arch&amp;ivo:</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>&amp;Escribir PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The period must start on or before its end.</source>
        <translation>El período debe comenzar en su fin o antes.</translation>
    </message>
</context>
<context>
    <name>hindsight::MainWindow</name>
    <message>
        <source>&amp;New COE</source>
        <translation>&amp;Nuevo COE</translation>
    </message>
    <message>
        <source>Start a new COE in this archive</source>
        <translation>Comenzar un nuevo COE en este archivo</translation>
    </message>
    <message>
        <source>&amp;Open COE</source>
        <translation>&amp;Abrir COE</translation>
    </message>
    <message>
        <source>Open the selected COE</source>
        <translation>Abrir el COE seleccionado</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import COE documents (.coe.json) into this archive</source>
        <translation>Importar documentos COE (.coe.json) a este archivo</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exportar JSON…</translation>
    </message>
    <message>
        <source>Export the selected COE as a .coe.json file</source>
        <translation>Exportar el COE seleccionado como archivo .coe.json</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>New &amp;Archive…</source>
        <translation>Nuevo arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Create a new, empty archive file</source>
        <translation>Crear un archivo nuevo y vacío</translation>
    </message>
    <message>
        <source>Open A&amp;rchive…</source>
        <translation>Abrir a&amp;rchivo…</translation>
    </message>
    <message>
        <source>Open another archive file</source>
        <translation>Abrir otro archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Hindsight</source>
        <translation>Salir de Hindsight</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>%1 — Hindsight</source>
        <translation>%1 — Hindsight</translation>
    </message>
    <message>
        <source>%1 cannot be written, so it was opened read-only: you can read and export COEs but not change them.</source>
        <translation>No se puede escribir en %1, por eso se abrió en modo de solo lectura: puede leer y exportar los COE, pero no modificarlos.</translation>
    </message>
    <message>
        <source>Import COE documents</source>
        <translation>Importar documentos COE</translation>
    </message>
    <message>
        <source>COE documents (*.coe.json *.json);;All files (*)</source>
        <translation>Documentos COE (*.coe.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This archive is read-only: nothing can be imported.</source>
        <translation>Este archivo es de solo lectura: no se puede importar nada.</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export COE as JSON</source>
        <translation>Exportar COE como JSON</translation>
    </message>
    <message>
        <source>COE documents (*.coe.json)</source>
        <translation>Documentos COE (*.coe.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Hindsight archives (*.sqlite *.hindsight);;All files (*)</source>
        <translation>Archivos de Hindsight (*.sqlite *.hindsight);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>Nuevo archivo</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for a new archive.</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo para un archivo nuevo.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>COEs</source>
        <translation>COE</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Elementos de acción</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selected COE under a new identifier</source>
        <translation>Copiar el COE seleccionado con un identificador nuevo</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move the selected COEs to the Trash</source>
        <translation>Mover los COE seleccionados a la Papelera</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the COEs of this archive</source>
        <translation>Buscar en los COE de este archivo</translation>
    </message>
    <message>
        <source>Write the selected COEs as a PDF (several make a review packet)</source>
        <translation>Escribir los COE seleccionados como PDF (varios forman un paquete de revisión)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See the selected COEs as they will print</source>
        <translation>Ver los COE seleccionados tal como se imprimirán</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the selected COEs</source>
        <translation>Imprimir los COE seleccionados</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>Write the selected COE as Markdown, with its images beside it</source>
        <translation>Escribir el COE seleccionado como Markdown, con sus imágenes al lado</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Author name, time zone, thresholds, paper size, language</source>
        <translation>Nombre del autor, zona horaria, umbrales, tamaño del papel, idioma</translation>
    </message>
    <message>
        <source>&amp;About Hindsight</source>
        <translation>&amp;Acerca de Hindsight</translation>
    </message>
    <message>
        <source>Version, licence and archive</source>
        <translation>Versión, licencia y archivo</translation>
    </message>
    <message>
        <source>COE &amp;Writing Guide</source>
        <translation>&amp;Guía de redacción de COE</translation>
    </message>
    <message>
        <source>How to write each section of a COE</source>
        <translation>Cómo redactar cada sección de un COE</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>Todos los atajos de teclado de esta ventana</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action item(s)</source>
        <translation>
            <numerusform>%Ln elemento de acción</numerusform>
            <numerusform>%Ln elementos de acción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln COE(s) in the Trash</source>
        <translation>
            <numerusform>%Ln COE en la Papelera</numerusform>
            <numerusform>%Ln COE en la Papelera</numerusform>
        </translation>
    </message>
    <message>
        <source>No COEs yet</source>
        <translation>Todavía no hay COE</translation>
    </message>
    <message>
        <source>Duplicated the COE</source>
        <translation>Se duplicó el COE</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n COE(s) to the Trash.</source>
        <translation>
            <numerusform>Se movió %n COE a la Papelera.</numerusform>
            <numerusform>Se movieron %n COE a la Papelera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Re&amp;cover Archive…</source>
        <translation>Re&amp;cuperar archivo de COE…</translation>
    </message>
    <message>
        <source>Copy every COE that can still be read from a damaged archive into a new one</source>
        <translation>Copiar cada COE que todavía se pueda leer de un archivo de COE dañado a uno nuevo</translation>
    </message>
    <message>
        <source>Recover…</source>
        <translation>Recuperar…</translation>
    </message>
    <message>
        <source>Open the recovered archive</source>
        <translation>Abrir el archivo de COE recuperado</translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s) could not be restored from the Trash:</source>
        <translation>
            <numerusform>%n COE no se pudo restaurar de la papelera:</numerusform>
            <numerusform>%n COE no se pudieron restaurar de la papelera:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Preview Pane</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Show the selected COE&apos;s summary, durations, actions and review under the list</source>
        <translation>Mostrar el resumen, las duraciones, las acciones y la revisión del COE seleccionado debajo de la lista</translation>
    </message>
    <message>
        <source>Cop&amp;y Archive To…</source>
        <translation>C&amp;opiar archivo de COE en…</translation>
    </message>
    <message>
        <source>Copy every COE of this archive, the Trash included, into another archive and compare both</source>
        <translation>Copiar todos los COE de este archivo, Papelera incluida, en otro archivo de COE y comparar ambos</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln COE(s)</source>
        <translation>
            <numerusform>%1 de %Ln COE</numerusform>
            <numerusform>%1 de %Ln COE</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the copy</source>
        <translation>Abrir la copia</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Copy Archive</source>
        <translation>Copiar archivo de COE</translation>
    </message>
    <message>
        <source>Open Team Arc&amp;hive…</source>
        <translation>Abrir archivo de e&amp;quipo…</translation>
    </message>
    <message>
        <source>Open an archive on a PostgreSQL server</source>
        <translation>Abrir un archivo de COE en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write the selected COE as PDF, Markdown, ODT or HTML for an audience</source>
        <translation>Escribir el COE seleccionado como PDF, Markdown, ODT o HTML para un público</translation>
    </message>
    <message>
        <source>Contributing Factor &amp;Categories…</source>
        <translation>&amp;Categorías de factores contribuyentes…</translation>
    </message>
    <message>
        <source>The categories this archive counts contributing factors in: add, rename, merge, retire</source>
        <translation>Las categorías en las que este archivo de COE contabiliza los factores contribuyentes: agregar, cambiar de nombre, combinar, retirar</translation>
    </message>
    <message>
        <source>Start a new COE from a template: outage, security, data loss, near miss or your own</source>
        <translation>Comenzar un nuevo COE desde una plantilla: interrupción del servicio, seguridad, pérdida de datos, casi incidente o una propia</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Insights</translation>
    </message>
    <message>
        <source>What the archive&apos;s COEs show together: durations, factors, detection, repeats, follow-through</source>
        <translation>Lo que muestran en conjunto los COE del archivo de COE: duraciones, factores, detección, repeticiones, seguimiento</translation>
    </message>
    <message>
        <source>&amp;Learning Report…</source>
        <translation>Informe de aprendi&amp;zaje…</translation>
    </message>
    <message>
        <source>A PDF for the quarterly review: the figures and charts of a period, its COEs, repeat incidents and overdue action items</source>
        <translation>Un PDF para la revisión trimestral: las cifras y gráficos de un período, sus COE, incidentes repetidos y elementos de acción vencidos</translation>
    </message>
    <message>
        <source>Some templates could not be read: %1</source>
        <translation>No se pudieron leer algunas plantillas: %1</translation>
    </message>
    <message>
        <source>New COE &amp;from Template…</source>
        <translation>Nuevo COE desde p&amp;lantilla…</translation>
    </message>
</context>
<context>
    <name>hindsight::MarkdownEdit</name>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold (**text**)</source>
        <translation>Negrita (**texto**)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Italic (*text*)</source>
        <translation>Cursiva (*texto*)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bulleted list (- item)</source>
        <translation>Lista con viñetas (- elemento)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Link ([text](https://…))</source>
        <translation>Vínculo ([texto](https://…))</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
</context>
<context>
    <name>hindsight::MetricModel</name>
    <message>
        <source>(unnamed metric)</source>
        <translation>(métrica sin nombre)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
</context>
<context>
    <name>hindsight::MetricsPage</name>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Nombre de la métrica</translation>
    </message>
    <message>
        <source>Checkout 5xx error rate (EU)</source>
        <translation>Tasa de errores 5xx del checkout (UE)</translation>
    </message>
    <message>
        <source>Metric role</source>
        <translation>Función de la métrica</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(no indicada)</translation>
    </message>
    <message>
        <source>Dashboard address</source>
        <translation>Dirección del panel</translation>
    </message>
    <message>
        <source>Metric description</source>
        <translation>Descripción de la métrica</translation>
    </message>
    <message>
        <source>What it measures, and what it showed: peaked at 38% at 14:20 UTC.</source>
        <translation>Qué mide y qué mostró: llegó a un máximo de 38% a las 14:20 UTC.</translation>
    </message>
    <message>
        <source>Images; type a caption with F2, paste with Ctrl+V</source>
        <translation>Imágenes; escriba un pie de imagen con F2, pegue con Ctrl+V</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>I&amp;mágenes:</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>&amp;Pegar imagen</translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation>Agregar imágenes</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; attach a smaller image or link the dashboard instead.</source>
        <translation>%1 pesa más de 20 MB; adjunte una imagen más pequeña o, en su lugar, vincule el panel.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image.</source>
        <translation>%1 no es una imagen PNG, JPEG ni SVG.</translation>
    </message>
    <message>
        <source>%1, no caption</source>
        <translation>%1, sin pie de imagen</translation>
    </message>
    <message>
        <source>%1 cannot be attached: %2</source>
        <translation>%1 no se puede adjuntar: %2</translation>
    </message>
    <message>
        <source>%1 referred to content outside itself; that was removed: %2</source>
        <translation>%1 hacía referencia a contenido fuera de sí mismo; eso se quitó: %2</translation>
    </message>
    <message>
        <source>Add Me&amp;tric</source>
        <translation>Agregar métri&amp;ca</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Das&amp;hboard:</source>
        <translation>Pane&amp;l:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>A&amp;dd Image…</source>
        <translation>Ag&amp;regar imagen…</translation>
    </message>
    <message>
        <source>Rem&amp;ove Image</source>
        <translation>Q&amp;uitar imagen</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Serie:</translation>
    </message>
    <message>
        <source>Add Series from File</source>
        <translation>Agregar serie desde archivo</translation>
    </message>
    <message>
        <source>Monitoring exports (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Exportaciones de monitoreo (*.csv *.tsv *.txt *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read series from.</source>
        <translation>El portapapeles no contiene texto del cual leer series.</translation>
    </message>
    <message>
        <source>Pasted series</source>
        <translation>Serie pegada</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>el texto pegado</translation>
    </message>
</context>
<context>
    <name>hindsight::NewFromTemplateDialog</name>
    <message>
        <source>Choose a Template</source>
        <translation>Elegir una plantilla</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (integrada)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n question(s)</source>
        <translation>
            <numerusform>%1: %n pregunta</numerusform>
            <numerusform>%1: %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Servicios: %1</translation>
    </message>
</context>
<context>
    <name>hindsight::PasteLinesDialog</name>
    <message>
        <source>Paste Timeline Lines</source>
        <translation>Pegar líneas de la cronología</translation>
    </message>
    <message>
        <source>One entry per line that starts with a time, e.g. &quot;[14:02] alice: first 503s&quot;, &quot;2024-03-07T14:02:11Z ERROR …&quot; or &quot;- 14:02 rollback started&quot;. A time without a zone is in %1; a time without a date is on the day of the line before.</source>
        <translation>Una entrada por cada línea que comienza con una hora, p. ej., &quot;[14:02] alice: primeros 503&quot;, &quot;2024-03-07T14:02:11Z ERROR …&quot; o &quot;- 14:02 comenzó el rollback&quot;. Una hora sin zona se interpreta en %1; una hora sin fecha corresponde al día de la línea anterior.</translation>
    </message>
    <message>
        <source>Lines to add</source>
        <translation>Líneas para agregar</translation>
    </message>
    <message>
        <source>Preview of the entries</source>
        <translation>Vista previa de las entradas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message numerus="yes">
        <source>%n entries to add; </source>
        <translation>
            <numerusform>%n entrada para agregar; </numerusform>
            <numerusform>%n entradas para agregar; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines not understood (left out).</source>
        <translation>
            <numerusform>%n línea no se entendió (se omitió).</numerusform>
            <numerusform>%n líneas no se entendieron (se omitieron).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries to add.</source>
        <translation>
            <numerusform>%n entrada para agregar.</numerusform>
            <numerusform>%n entradas para agregar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Entries</source>
        <translation>
            <numerusform>Agregar %n entrada</numerusform>
            <numerusform>Agregar %n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Save the preferences and close</source>
        <translation>Guardar las preferencias y cerrar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Restore the default preferences</source>
        <translation>Restablecer las preferencias predeterminadas</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Gene&amp;ral</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>Plan&amp;tillas</translation>
    </message>
</context>
<context>
    <name>hindsight::QuestionModel</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>hindsight::QuestionsPage</name>
    <message>
        <source>%1 questions</source>
        <translation>Preguntas de %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>How could we cut the time to detect in half?</source>
        <translation>¿Cómo podríamos reducir a la mitad el tiempo de detección?</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Alarm on pool wait time, and evaluate the error-rate alarm over 3 datapoints.</source>
        <translation>Alarmar según el tiempo de espera del pool y evaluar la alarma de tasa de errores en 3 puntos de datos.</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unanswered</source>
        <translation>
            <numerusform>%1 — %n sin responder</numerusform>
            <numerusform>%1 — %n sin responder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — all answered</source>
        <translation>%1 — todas respondidas</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>A&amp;dd Question</source>
        <translation>Agregar preg&amp;unta</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Add a question to the focused group (or the group of the selected question)</source>
        <translation>Agregar una pregunta al grupo que tiene el foco (o al grupo de la pregunta seleccionada)</translation>
    </message>
    <message>
        <source>%1 — no questions</source>
        <translation>%1 — sin preguntas</translation>
    </message>
</context>
<context>
    <name>hindsight::RecentArchivesMenu</name>
    <message>
        <source>Open the archive %1</source>
        <translation>Abrir el archivo %1</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Recen&amp;t Archives</source>
        <translation>Archivos recien&amp;tes</translation>
    </message>
</context>
<context>
    <name>hindsight::RelatedModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>COE or address</source>
        <translation>COE o dirección</translation>
    </message>
</context>
<context>
    <name>hindsight::RelatedPage</name>
    <message>
        <source>Related items</source>
        <translation>Elementos relacionados</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Another COE from this archive</source>
        <translation>Otro COE de este archivo</translation>
    </message>
    <message>
        <source>Search COEs</source>
        <translation>Buscar COE</translation>
    </message>
    <message>
        <source>Search by title, e.g. checkout</source>
        <translation>Buscar por título, p. ej., checkout</translation>
    </message>
    <message>
        <source>COEs in the archive</source>
        <translation>COE del archivo</translation>
    </message>
    <message>
        <source>Link &amp;COE</source>
        <translation>Vincular &amp;COE</translation>
    </message>
    <message>
        <source>A document or page</source>
        <translation>Un documento o una página</translation>
    </message>
    <message>
        <source>Link title</source>
        <translation>Título del vínculo</translation>
    </message>
    <message>
        <source>Checkout service runbook</source>
        <translation>Runbook del servicio de checkout</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Dirección del vínculo</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Add &amp;Link</source>
        <translation>Agregar vínc&amp;ulo</translation>
    </message>
    <message>
        <source>Only http, https and file addresses can be linked.</source>
        <translation>Solo se pueden vincular direcciones http, https y file.</translation>
    </message>
    <message>
        <source>%1 is not an http, https or file address; it is not opened.</source>
        <translation>%1 no es una dirección http, https ni file; no se abrirá.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>hindsight::RequirementsEditor</name>
    <message>
        <source>Required by severity</source>
        <translation>Obligatorio según la gravedad</translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>Grav. %1</translation>
    </message>
    <message>
        <source>Minimum whys</source>
        <translation>Mínimo de porqués</translation>
    </message>
    <message>
        <source>Minimum action items</source>
        <translation>Mínimo de elementos de acción</translation>
    </message>
    <message>
        <source>Due target of %1 priority, in days</source>
        <translation>Objetivo de vencimiento para prioridad %1, en días</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>días hábiles</translation>
    </message>
    <message>
        <source>Count business days for %1 priority</source>
        <translation>Contar días hábiles para prioridad %1</translation>
    </message>
    <message>
        <source>Due within (%1 priority):</source>
        <translation>Vence en (prioridad %1):</translation>
    </message>
</context>
<context>
    <name>hindsight::ReviewCommentModel</name>
    <message>
        <source>The COE as a whole</source>
        <translation>El COE en su conjunto</translation>
    </message>
    <message>
        <source>Timeline entry %1</source>
        <translation>Entrada %1 de la cronología</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Porqué: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Acción: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Resuelto: %1</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>hindsight::ReviewMeetingModel</name>
    <message>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
</context>
<context>
    <name>hindsight::ReviewPage</name>
    <message>
        <source>Review comments</source>
        <translation>Comentarios de revisión</translation>
    </message>
    <message>
        <source>Ab&amp;out:</source>
        <translation>S&amp;obre:</translation>
    </message>
    <message>
        <source>Place the comment is about</source>
        <translation>Lugar del COE al que se refiere el comentario</translation>
    </message>
    <message>
        <source>&amp;Add Comment…</source>
        <translation>Agregar &amp;comentario…</translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation>Respon&amp;der…</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Reso&amp;lver</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>Eliminar comentario</translation>
    </message>
    <message>
        <source>Timeline entry %1: %2</source>
        <translation>Entrada %1 de la cronología: %2</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Agregar comentario</translation>
    </message>
    <message>
        <source>Reply to Comment</source>
        <translation>Responder al comentario</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>Comentario sobre %1:</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply to %1:</source>
        <translation>Respuesta a %1:</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>Resolver comentario</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>Reabrir comentario</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>What was said in review: the meetings, the questions reviewers asked, and comments on a place of the COE. Resolve a comment once it is answered.</source>
        <translation>Lo que se dijo en la revisión: las reuniones, las preguntas de los revisores y los comentarios sobre un lugar del COE. Resuelva un comentario una vez respondido.</translation>
    </message>
    <message>
        <source>&amp;Meetings (%1)</source>
        <translation>&amp;Reuniones (%1)</translation>
    </message>
    <message>
        <source>&amp;Questions (%1)</source>
        <translation>&amp;Preguntas (%1)</translation>
    </message>
    <message>
        <source>&amp;Comments (%1, %2 open)</source>
        <translation>Co&amp;mentarios (%1, %2 abiertos)</translation>
    </message>
    <message>
        <source>&amp;Comments (%1)</source>
        <translation>Co&amp;mentarios (%1)</translation>
    </message>
    <message>
        <source>Review meetings</source>
        <translation>Reuniones de revisión</translation>
    </message>
    <message>
        <source>&amp;Add Meeting</source>
        <translation>Agregar re&amp;unión</translation>
    </message>
    <message>
        <source>Remove Meeting</source>
        <translation>Quitar reunión</translation>
    </message>
    <message>
        <source>Meeting date and time</source>
        <translation>Fecha y hora de la reunión</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Fec&amp;ha y hora:</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Faci&amp;litator:</source>
        <translation>M&amp;oderador:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. payments team, SRE on call</source>
        <translation>Separados por comas, p. ej.: equipo de pagos, SRE de guardia</translation>
    </message>
    <message>
        <source>Atten&amp;dees:</source>
        <translation>Parti&amp;cipantes:</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>Notas de la reunión</translation>
    </message>
    <message>
        <source>What was discussed (Markdown)</source>
        <translation>Lo que se trató (Markdown)</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Notas de &amp;la reunión:</translation>
    </message>
    <message>
        <source>Meeting decisions</source>
        <translation>Decisiones de la reunión</translation>
    </message>
    <message>
        <source>What was decided (Markdown)</source>
        <translation>Lo que se decidió (Markdown)</translation>
    </message>
    <message>
        <source>Decisi&amp;ons:</source>
        <translation>&amp;Decisiones:</translation>
    </message>
    <message>
        <source>Add Meeting</source>
        <translation>Agregar reunión</translation>
    </message>
    <message>
        <source>Edit Decisions</source>
        <translation>Editar decisiones</translation>
    </message>
    <message>
        <source>Edit Meeting Notes</source>
        <translation>Editar notas de la reunión</translation>
    </message>
    <message>
        <source>Questions asked in review</source>
        <translation>Preguntas hechas en la revisión</translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation>Agregar preg&amp;unta</translation>
    </message>
    <message>
        <source>Remove Question</source>
        <translation>Quitar pregunta</translation>
    </message>
    <message>
        <source>Make Action &amp;Item</source>
        <translation>&amp;Convertir en elemento de acción</translation>
    </message>
    <message>
        <source>Turn the question into an action item, linked back to it</source>
        <translation>Convertir la pregunta en un elemento de acción vinculado a ella</translation>
    </message>
    <message>
        <source>Add Review Question</source>
        <translation>Agregar pregunta de revisión</translation>
    </message>
    <message>
        <source>Remove Review Question</source>
        <translation>Quitar pregunta de revisión</translation>
    </message>
    <message>
        <source>This question became action item %1: %2</source>
        <translation>Esta pregunta se convirtió en el elemento de acción %1: %2</translation>
    </message>
</context>
<context>
    <name>hindsight::ReviewQuestionModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (eliminado)</translation>
    </message>
    <message>
        <source>Edit Review Question</source>
        <translation>Editar pregunta de revisión</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Elemento de acción</translation>
    </message>
</context>
<context>
    <name>hindsight::Schema</name>
    <message>
        <source>could not start upgrading the archive: %1</source>
        <translation>no se pudo comenzar a actualizar el archivo: %1</translation>
    </message>
    <message>
        <source>the archive has an invalid schema version %1</source>
        <translation>el archivo tiene una versión de esquema no válida: %1</translation>
    </message>
    <message>
        <source>could not upgrade the archive from schema %1 to %2: %3</source>
        <translation>no se pudo actualizar el archivo del esquema %1 al %2: %3</translation>
    </message>
</context>
<context>
    <name>hindsight::SearchField</name>
    <message>
        <source>Search COEs</source>
        <translation>Buscar COE</translation>
    </message>
    <message>
        <source>Search COEs…  (e.g. deploy &quot;connection pool&quot;)</source>
        <translation>Buscar COE…  (p. ej., deploy &quot;connection pool&quot;)</translation>
    </message>
    <message>
        <source>Every word must occur; the last also as the start of a word; &quot;quoted words&quot; as a phrase. Case and accents are ignored. Esc clears.</source>
        <translation>Deben aparecer todas las palabras; la última también como inicio de una palabra; las &quot;palabras entre comillas&quot;, como frase. Se ignoran las mayúsculas y los acentos. Esc borra la búsqueda.</translation>
    </message>
</context>
<context>
    <name>hindsight::SeriesMappingDialog</name>
    <message>
        <source>Read Series from %1</source>
        <translation>Leer serie desde %1</translation>
    </message>
    <message>
        <source>Hindsight does not know this file&apos;s layout. Say which column holds the time and which hold values.</source>
        <translation>Hindsight no conoce el formato de este archivo. Indique qué columna contiene la hora y cuáles contienen valores.</translation>
    </message>
    <message>
        <source>This is a %1 file.</source>
        <translation>Este es un archivo %1.</translation>
    </message>
    <message>
        <source>The first lines of the file</source>
        <translation>Las primeras líneas del archivo</translation>
    </message>
    <message>
        <source>The first line names the columns</source>
        <translation>La primera línea nombra las columnas</translation>
    </message>
    <message>
        <source>Value columns</source>
        <translation>Columnas de valores</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>&amp;Time column:</source>
        <translation>Columna de &amp;hora:</translation>
    </message>
    <message>
        <source>&amp;Value columns:</source>
        <translation>Columnas de &amp;valores:</translation>
    </message>
    <message>
        <source>Time zone of times written without an offset</source>
        <translation>Zona horaria de las horas escritas sin desfase</translation>
    </message>
    <message>
        <source>(not chosen: times must have an offset)</source>
        <translation>(no elegida: las horas deben tener un desfase)</translation>
    </message>
    <message>
        <source>%1 (the COE&apos;s display zone)</source>
        <translation>%1 (la zona de visualización del COE)</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>%, ms, requests/s</source>
        <translation>%, ms, solicitudes/s</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose at least one value column.</source>
        <translation>Elija al menos una columna de valores.</translation>
    </message>
    <message>
        <source>The times have no UTC offset: choose the time zone they were written in. Nothing is imported until then.</source>
        <translation>Las horas no tienen desfase UTC: elija la zona horaria en la que se escribieron. No se importa nada hasta entonces.</translation>
    </message>
    <message numerus="yes">
        <source>%n series (%1) with %2 points in all.</source>
        <translation>
            <numerusform>%n serie (%1) con %2 puntos en total.</numerusform>
            <numerusform>%n series (%1) con %2 puntos en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused:</source>
        <translation>
            <numerusform>%n línea rechazada:</numerusform>
            <numerusform>%n líneas rechazadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::SeriesPanel</name>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Drag across the chart to zoom in; double-click to show everything</source>
        <translation>Arrastre sobre el gráfico para acercar; haga doble clic para mostrar todo</translation>
    </message>
    <message>
        <source>Add Series from File…</source>
        <translation>Agregar serie desde archivo…</translation>
    </message>
    <message>
        <source>Remove Series</source>
        <translation>Quitar serie</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Umbral:</translation>
    </message>
    <message>
        <source>Threshold, the alarm level</source>
        <translation>Umbral, el nivel de alarma</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>“%1” is not a number; the threshold stays as it was.</source>
        <translation>“%1” no es un número; el umbral se mantiene como estaba.</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; export a shorter time range or fewer series.</source>
        <translation>%1 supera los 64 MB; exporte un intervalo de tiempo más corto o menos series.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a monitoring export or a table of times and values; nothing was imported.</source>
        <translation>%1 no es una exportación de monitoreo ni una tabla de horas y valores; no se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>No se importó nada de %1: %2</translation>
    </message>
    <message>
        <source>it holds no values</source>
        <translation>no contiene valores</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 refused:</source>
        <translation>
            <numerusform>%n línea de %1 rechazada:</numerusform>
            <numerusform>%n líneas de %1 rechazadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Show as Table</source>
        <translation>Mostrar como tabla</translation>
    </message>
</context>
<context>
    <name>hindsight::Settings</name>
    <message>
        <source>The settings file %1 was damaged and could not be read. Default settings are used; the damaged file was kept as %2.</source>
        <translation>El archivo de configuración %1 estaba dañado y no se pudo leer. Se usa la configuración predeterminada; el archivo dañado se conservó como %2.</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged and could not be read. Default settings are used, and changes cannot be saved until the file is removed.</source>
        <translation>El archivo de configuración %1 estaba dañado y no se pudo leer. Se usa la configuración predeterminada y los cambios no se podrán guardar hasta que se elimine el archivo.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read. Default settings are used.</source>
        <translation>No se pudo leer el archivo de configuración %1. Se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>No se pudo guardar la configuración en %1.</translation>
    </message>
</context>
<context>
    <name>hindsight::SettingsEditor</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>e.g. Ana Pérez</source>
        <translation>p. ej., Ana Pérez</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nombre del autor</translation>
    </message>
    <message>
        <source>Filled in as the owner of each new COE.</source>
        <translation>Se completa como responsable de cada COE nuevo.</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Nombre del autor:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Autosave delay in milliseconds</source>
        <translation>Demora del guardado automático en milisegundos</translation>
    </message>
    <message>
        <source>How long to wait after the last change before saving.</source>
        <translation>Cuánto esperar después del último cambio antes de guardar.</translation>
    </message>
    <message>
        <source>Auto&amp;save after:</source>
        <translation>Guardar a&amp;utomáticamente después de:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timeline gap threshold in minutes</source>
        <translation>Umbral de intervalos de la cronología en minutos</translation>
    </message>
    <message>
        <source>Timeline gaps longer than this are pointed out.</source>
        <translation>Se señalan los intervalos de la cronología más largos que este valor.</translation>
    </message>
    <message>
        <source>Flag timeline &amp;gaps longer than:</source>
        <translation>Señalar intervalos de la cronología &amp;mayores que:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Action item due time in days</source>
        <translation>Plazo de los elementos de acción en días</translation>
    </message>
    <message>
        <source>Default time to complete an action item; later ones are overdue.</source>
        <translation>Plazo predeterminado para completar un elemento de acción; los posteriores quedan vencidos.</translation>
    </message>
    <message>
        <source>Action items are &amp;due within:</source>
        <translation>Plazo de los elementos de &amp;acción:</translation>
    </message>
    <message>
        <source>Display and printing</source>
        <translation>Visualización e impresión</translation>
    </message>
    <message>
        <source>Display time zone</source>
        <translation>Zona horaria de visualización</translation>
    </message>
    <message>
        <source>Times are stored in UTC and shown in this zone. Type to search.</source>
        <translation>Las horas se guardan en UTC y se muestran en esta zona. Escriba para buscar.</translation>
    </message>
    <message>
        <source>e.g. Europe/Madrid</source>
        <translation>p. ej., Europe/Madrid</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Automatic (from the system locale)</source>
        <translation>Automático (según la configuración regional del sistema)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used after Hindsight restarts.</source>
        <translation>El nuevo idioma se aplica después de reiniciar Hindsight.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Default archive file</source>
        <translation>Archivo predeterminado</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for the default archive file</source>
        <translation>Buscar el archivo predeterminado</translation>
    </message>
    <message>
        <source>Default a&amp;rchive:</source>
        <translation>A&amp;rchivo predeterminado:</translation>
    </message>
    <message>
        <source>Recently opened archives</source>
        <translation>Archivos abiertos recientemente</translation>
    </message>
    <message>
        <source>Recent archives:</source>
        <translation>Archivos recientes:</translation>
    </message>
    <message>
        <source>&amp;Clear Recent List</source>
        <translation>&amp;Borrar la lista de recientes</translation>
    </message>
    <message>
        <source>Clear the list of recent archives</source>
        <translation>Borrar la lista de archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Forget Window Sizes</source>
        <translation>&amp;Olvidar tamaños de ventana</translation>
    </message>
    <message>
        <source>Forget the remembered window sizes and positions</source>
        <translation>Olvidar los tamaños y las posiciones de ventana recordados</translation>
    </message>
    <message>
        <source>Default Archive</source>
        <translation>Archivo predeterminado</translation>
    </message>
    <message>
        <source>Hindsight archives (*.sqlite);;All files (*)</source>
        <translation>Archivos de Hindsight (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone. Choose one from the list, such as Europe/Madrid or UTC.</source>
        <translation>“%1” no es una zona horaria conocida. Elija una de la lista, como Europe/Madrid o UTC.</translation>
    </message>
    <message>
        <source>The default archive must be a full path, such as %1.</source>
        <translation>El archivo predeterminado debe ser una ruta completa, como %1.</translation>
    </message>
    <message>
        <source>Some preferences could not be saved.</source>
        <translation>Algunas preferencias no se pudieron guardar.</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Copias de seguridad diarias que se conservan</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Before the first change of each day, a copy of the archive is saved in a backups folder beside it; this many are kept. None makes no backups.</source>
        <translation>Antes del primer cambio de cada día, se guarda una copia del archivo de COE en una carpeta backups a su lado; se conservan estas. Ninguna no hace copias.</translation>
    </message>
    <message>
        <source>Daily bac&amp;kups to keep:</source>
        <translation>Copias de seguridad &amp;diarias:</translation>
    </message>
    <message>
        <source>Names marked as teams</source>
        <translation>Nombres marcados como equipos</translation>
    </message>
    <message>
        <source>The review does not take these names for people. Mark a name as a team with a right click on an owner in the editor.</source>
        <translation>La revisión no toma estos nombres por personas. Marque un nombre como equipo con un clic derecho sobre un responsable en el editor.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected names from the teams</source>
        <translation>Quitar de los equipos los nombres seleccionados</translation>
    </message>
    <message>
        <source>T&amp;eam names:</source>
        <translation>Nombres de &amp;equipos:</translation>
    </message>
    <message>
        <source>Ge&amp;neral</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Rev&amp;iew</source>
        <translation>Re&amp;visión</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>Thin versions older than this many days</source>
        <translation>Depurar las versiones con más de esta cantidad de días</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Versions of a COE older than this are thinned to one a day (the last of each day) once a day when the archive is opened. Approved versions are always kept. Never keeps every version.</source>
        <translation>Las versiones de un COE más antiguas que esto se depuran hasta dejar una por día (la última de cada día), una vez al día al abrir el archivo de COE. Las versiones aprobadas se conservan siempre. Nunca conserva todas las versiones.</translation>
    </message>
    <message>
        <source>Thin &amp;versions older than:</source>
        <translation>Depurar ver&amp;siones con más de:</translation>
    </message>
</context>
<context>
    <name>hindsight::SimilarPanel</name>
    <message>
        <source>Has this happened before?</source>
        <translation>¿Esto ya ocurrió antes?</translation>
    </message>
    <message>
        <source>Similar past COEs</source>
        <translation>COE anteriores similares</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Why it is offered</source>
        <translation>Por qué se sugiere</translation>
    </message>
    <message>
        <source>Add the selected COE to this COE&apos;s related items</source>
        <translation>Agregar el COE seleccionado a los elementos relacionados de este COE</translation>
    </message>
    <message>
        <source>Not Relate&amp;d</source>
        <translation>No relacionad&amp;o</translation>
    </message>
    <message>
        <source>Stop offering the selected COE for this COE</source>
        <translation>Dejar de sugerir el COE seleccionado para este COE</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Offer the COE just marked not related again</source>
        <translation>Volver a sugerir el COE recién marcado como no relacionado</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>Grav. %1</translation>
    </message>
    <message>
        <source>No similar past COE found yet.</source>
        <translation>Todavía no se encontró ningún COE anterior similar.</translation>
    </message>
    <message>
        <source>“%1” is no longer offered for this COE.</source>
        <translation>“%1” ya no se sugiere para este COE.</translation>
    </message>
    <message>
        <source>Add as Related</source>
        <translation>Agregar como relacionado</translation>
    </message>
</context>
<context>
    <name>hindsight::SummaryPage</name>
    <message>
        <source>Checkout API returned HTTP 503 after a configuration rollout</source>
        <translation>La API de checkout devolvió HTTP 503 después del despliegue de una configuración</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Dana Ortiz</source>
        <translation>Dana Ortiz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable:</translation>
    </message>
    <message>
        <source>Separate several with commas.</source>
        <translation>Separe varios con comas.</translation>
    </message>
    <message>
        <source>Sam Lee, Priya Natarajan</source>
        <translation>Sam Lee, Priya Natarajan</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>checkout-api, config-service</source>
        <translation>checkout-api, config-service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>deployment, configuration</source>
        <translation>despliegue, configuración</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Display time zone</source>
        <translation>Zona horaria de visualización</translation>
    </message>
    <message>
        <source>Times are stored in UTC and shown in this zone.</source>
        <translation>Las horas se guardan en UTC y se muestran en esta zona.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>On 2024-03-07 between 14:02 and 15:11 UTC, 38% of checkout requests failed… Who was affected, for how long, how we found out, how we fixed it, what we will change.</source>
        <translation>El 2024-03-07, entre las 14:02 y las 15:11 UTC, falló el 38% de las solicitudes de checkout… A quiénes afectó, durante cuánto tiempo, cómo nos enteramos, cómo lo corregimos, qué cambiaremos.</translation>
    </message>
    <message numerus="yes">
        <source>The review check still finds %n errors in this COE:</source>
        <translation>
            <numerusform>La revisión todavía encuentra %n error en este COE:</numerusform>
            <numerusform>La revisión todavía encuentra %n errores en este COE:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it to review anyway?</source>
        <translation>¿Enviarlo a revisión de todos modos?</translation>
    </message>
    <message>
        <source>Approve it anyway?</source>
        <translation>¿Aprobarlo de todos modos?</translation>
    </message>
    <message>
        <source>Send to Review with Errors?</source>
        <translation>¿Enviar a revisión con errores?</translation>
    </message>
    <message>
        <source>Approve with Errors?</source>
        <translation>¿Aprobar con errores?</translation>
    </message>
    <message>
        <source>Sever&amp;ity:</source>
        <translation>Graveda&amp;d:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Estad&amp;o:</translation>
    </message>
    <message>
        <source>Revie&amp;wers:</source>
        <translation>&amp;Revisores:</translation>
    </message>
    <message>
        <source>Servi&amp;ces:</source>
        <translation>Servi&amp;cios:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>Approve COE</source>
        <translation>Aprobar el COE</translation>
    </message>
    <message>
        <source>Approved by (the name recorded with this approval):</source>
        <translation>Aprobado por (el nombre que se registra con esta aprobación):</translation>
    </message>
</context>
<context>
    <name>hindsight::TaxonomyDialog</name>
    <message>
        <source>Contributing Factor Categories</source>
        <translation>Categorías de factores contribuyentes</translation>
    </message>
    <message>
        <source>The categories this archive counts contributing factors in. Renaming or merging a category changes every COE that uses it.</source>
        <translation>Las categorías en las que este archivo de COE contabiliza los factores contribuyentes. Cambiar el nombre de una categoría o combinarla modifica todos los COE que la usan.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Se muestra como</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Factores</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Combinar con</translation>
    </message>
    <message>
        <source>&amp;Merge Into</source>
        <translation>Co&amp;mbinar con</translation>
    </message>
    <message>
        <source>The categories cannot be read: %1</source>
        <translation>No se pueden leer las categorías: %1</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Predefinida</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation>Agregar categoría</translation>
    </message>
    <message>
        <source>Name (for example change/feature-flag):</source>
        <translation>Nombre (por ejemplo change/feature-flag):</translation>
    </message>
    <message>
        <source>Rename Category</source>
        <translation>Cambiar el nombre de la categoría</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nuevo nombre para “%1”:</translation>
    </message>
    <message numerus="yes">
        <source>Rename “%1” to “%2” in %n contributing factors of the archive?</source>
        <translation>
            <numerusform>¿Cambiar el nombre de “%1” a “%2” en %n factor contribuyente del archivo de COE?</numerusform>
            <numerusform>¿Cambiar el nombre de “%1” a “%2” en %n factores contribuyentes del archivo de COE?</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Categories</source>
        <translation>Combinar categorías</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? %n contributing factors move to “%2” and “%1” is removed.</source>
        <translation>
            <numerusform>¿Combinar “%1” con “%2”? %n factor contribuyente pasa a “%2” y se elimina “%1”.</numerusform>
            <numerusform>¿Combinar “%1” con “%2”? %n factores contribuyentes pasan a “%2” y se elimina “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::TeamArchiveDialog</name>
    <message>
        <source>Open Team Archive</source>
        <translation>Abrir archivo de equipo</translation>
    </message>
    <message>
        <source>A team archive lives in a PostgreSQL database that everyone on the team opens.</source>
        <translation>Un archivo de equipo reside en una base de datos PostgreSQL que abre todo el equipo.</translation>
    </message>
    <message>
        <source>Connect to a se&amp;rver</source>
        <translation>Conectar a un se&amp;rvidor</translation>
    </message>
    <message>
        <source>localhost, a name, an address, or a socket folder</source>
        <translation>localhost, un nombre, una dirección o una carpeta de socket</translation>
    </message>
    <message>
        <source>Default (5432)</source>
        <translation>Predeterminado (5432)</translation>
    </message>
    <message>
        <source>The database of the archive</source>
        <translation>La base de datos del archivo de COE</translation>
    </message>
    <message>
        <source>Your login name when empty</source>
        <translation>Su nombre de inicio de sesión si está vacío</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Predeterminado (prefer)</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable: nunca cifrado</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server can</source>
        <translation>prefer: cifrado cuando el servidor puede</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require: siempre cifrado</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, server certificate checked</source>
        <translation>verify-ca: cifrado, se comprueba el certificado del servidor</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation>verify-full: cifrado, se comprueban el certificado y el nombre del host</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>&amp;Modo SSL:</translation>
    </message>
    <message>
        <source>Use a &amp;service from pg_service.conf</source>
        <translation>Usar un ser&amp;vicio de pg_service.conf</translation>
    </message>
    <message>
        <source>The name of a section of pg_service.conf</source>
        <translation>El nombre de una sección de pg_service.conf</translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation>&amp;Nombre del servicio:</translation>
    </message>
    <message>
        <source>Hindsight never stores a password. The server&apos;s password comes from ~/.pgpass, PGPASSWORD or the service file; when none of them has it, Hindsight asks for it and keeps it only until it quits.</source>
        <translation>Hindsight nunca guarda una contraseña. La contraseña del servidor viene de ~/.pgpass, PGPASSWORD o el archivo de servicios; si ninguno la tiene, Hindsight la pide y la conserva solo hasta que se cierra.</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Se conecta a %1</translation>
    </message>
</context>
<context>
    <name>hindsight::TemplatesPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>5 Whys</source>
        <translation>5 porqués</translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation>Elementos de acción</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>A built-in template cannot be changed or deleted: duplicate it to make your own.</source>
        <translation>Una plantilla integrada no se puede cambiar ni eliminar: duplíquela para crear la suya.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Tipo de incidente</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Default tags, separated by commas</source>
        <translation>Etiquetas predeterminadas, separadas por comas</translation>
    </message>
    <message>
        <source>Default &amp;tags:</source>
        <translation>Eti&amp;quetas predeterminadas:</translation>
    </message>
    <message>
        <source>Default services, separated by commas</source>
        <translation>Servicios predeterminados, separados por comas</translation>
    </message>
    <message>
        <source>Default &amp;services:</source>
        <translation>&amp;Servicios predeterminados:</translation>
    </message>
    <message>
        <source>Required at every severity</source>
        <translation>Obligatorio con cualquier gravedad</translation>
    </message>
    <message>
        <source>Required at every &amp;severity:</source>
        <translation>Obligatorio con cualquier &amp;gravedad:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>%1 questions, one per line</source>
        <translation>Preguntas de %1, una por línea</translation>
    </message>
    <message>
        <source>Step of the guidance</source>
        <translation>Paso de la guía</translation>
    </message>
    <message>
        <source>Guidance for this step, in Markdown; empty shows the program&apos;s</source>
        <translation>Guía para este paso, en Markdown; vacío muestra la del programa</translation>
    </message>
    <message>
        <source>Empty: the program&apos;s guidance for this step</source>
        <translation>Vacío: la guía del programa para este paso</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>This template has its &amp;own required-by-severity table</source>
        <translation>Esta plantilla tiene su pr&amp;opia tabla de obligatorios por gravedad</translation>
    </message>
    <message>
        <source>Own required-by-severity table</source>
        <translation>Tabla propia de obligatorios por gravedad</translation>
    </message>
    <message>
        <source>Required by Severity</source>
        <translation>Obligatorio según la gravedad</translation>
    </message>
    <message>
        <source>What a COE of each severity must contain. The review check reports a missing item as an error for that severity. A template may have its own table.</source>
        <translation>Lo que debe contener un COE de cada gravedad. La comprobación de revisión informa un elemento faltante como error para esa gravedad. Una plantilla puede tener su propia tabla.</translation>
    </message>
    <message>
        <source>&amp;Method Defaults</source>
        <translation>Valores predeterminados del &amp;método</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>Importar plantilla</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Plantillas (*.json)</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>Exportar plantilla</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (integrada)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
</context>
<context>
    <name>hindsight::TimeZoneComboBox</name>
    <message>
        <source>Search zones, e.g. Bogota</source>
        <translation>Buscar zonas, p. ej., Bogota</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; kept %2.</source>
        <translation>&quot;%1&quot; no es una zona horaria; se mantuvo %2.</translation>
    </message>
</context>
<context>
    <name>hindsight::TimelineDelegate</name>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>That time was not understood.</source>
        <translation>No se entendió esa hora.</translation>
    </message>
</context>
<context>
    <name>hindsight::TimelineModel</name>
    <message numerus="yes">
        <source>around %n min gap</source>
        <translation>
            <numerusform>intervalo de unos %n min</numerusform>
            <numerusform>intervalo de unos %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min gap</source>
        <translation>
            <numerusform>intervalo de %n min</numerusform>
            <numerusform>intervalo de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not explained yet</source>
        <translation>%1 — aún sin explicar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>aproximada</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Approx.</source>
        <translation>Aprox.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>key moment</source>
        <translation>momento clave</translation>
    </message>
    <message>
        <source>not a key moment</source>
        <translation>no es un momento clave</translation>
    </message>
    <message>
        <source>Key moments: kept in short exports and marked in the review meeting&apos;s PDF.</source>
        <translation>Momentos clave: se conservan en las exportaciones breves y se marcan en el PDF de la reunión de revisión.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
</context>
<context>
    <name>hindsight::TimelinePage</name>
    <message>
        <source>Timeline entries</source>
        <translation>Entradas de la cronología</translation>
    </message>
    <message>
        <source>Approx.</source>
        <translation>Aprox.</translation>
    </message>
    <message>
        <source>No entries yet.

Add one with Add Entry, or paste lines from a chat or a log with Paste Lines…, for example &quot;[14:02] alice: checkout is failing&quot;.</source>
        <translation>Todavía no hay entradas.

Agregue una con Agregar entrada, o pegue líneas de un chat o de un log con Pegar líneas…, por ejemplo &quot;[14:02] alice: el checkout está fallando&quot;.</translation>
    </message>
    <message>
        <source>Gap explanation</source>
        <translation>Explicación del intervalo</translation>
    </message>
    <message>
        <source>The alarm needs 15 one-minute datapoints before it fires.</source>
        <translation>La alarma necesita 15 puntos de datos de un minuto antes de activarse.</translation>
    </message>
    <message>
        <source>&amp;Add Entry</source>
        <translation>Ag&amp;regar entrada</translation>
    </message>
    <message>
        <source>Add an entry after the last one</source>
        <translation>Agregar una entrada después de la última</translation>
    </message>
    <message>
        <source>&amp;Paste Lines…</source>
        <translation>&amp;Pegar líneas…</translation>
    </message>
    <message>
        <source>Turn lines from a chat or log into entries</source>
        <translation>Convertir líneas de un chat o de un log en entradas</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected entries</source>
        <translation>Eliminar las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation>Eliminar entradas</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Tiempo hasta la detección</translation>
    </message>
    <message>
        <source>to diagnose</source>
        <translation>hasta el diagnóstico</translation>
    </message>
    <message>
        <source>to mitigate</source>
        <translation>hasta la mitigación</translation>
    </message>
    <message>
        <source>to resolve</source>
        <translation>hasta la resolución</translation>
    </message>
    <message>
        <source>Worked out from the milestones of the timeline.</source>
        <translation>Calculado a partir de los hitos de la cronología.</translation>
    </message>
    <message>
        <source>Select an entry that follows a gap.</source>
        <translation>Seleccione una entrada que siga a un intervalo.</translation>
    </message>
    <message>
        <source>E&amp;xplain the gap before this entry:</source>
        <translation>E&amp;xplicar el intervalo antes de esta entrada:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
</context>
<context>
    <name>hindsight::TrashView</name>
    <message>
        <source>COEs in the Trash</source>
        <translation>COE en la Papelera</translation>
    </message>
    <message>
        <source>Deleted COEs stay here until you empty the Trash.</source>
        <translation>Los COE eliminados permanecen aquí hasta que vacíe la Papelera.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Put the selected COEs back into the archive</source>
        <translation>Devolver los COE seleccionados al archivo</translation>
    </message>
    <message>
        <source>Delete every COE in the Trash for good</source>
        <translation>Eliminar definitivamente todos los COE de la Papelera</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vaciar Papelera</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n COE(s) in the Trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente el %n COE de la Papelera? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar definitivamente los %n COE de la Papelera? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;mpty Trash…</source>
        <translation>Va&amp;ciar Papelera…</translation>
    </message>
</context>
<context>
    <name>hindsight::VersionDelta</name>
    <message>
        <source>the stored difference is damaged (%1)</source>
        <translation>la diferencia guardada está dañada (%1)</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>sin encabezado</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>termina antes de tiempo</translation>
    </message>
    <message>
        <source>a run of lines goes past the newer version</source>
        <translation>una serie de líneas va más allá de la versión más reciente</translation>
    </message>
    <message>
        <source>an insertion has no count</source>
        <translation>una inserción no tiene cantidad</translation>
    </message>
    <message>
        <source>an inserted line goes past its end</source>
        <translation>una línea insertada va más allá de su final</translation>
    </message>
    <message>
        <source>a changed line does not fit the newer version</source>
        <translation>una línea cambiada no encaja en la versión más reciente</translation>
    </message>
    <message>
        <source>an unknown operation</source>
        <translation>una operación desconocida</translation>
    </message>
    <message>
        <source>its result has the wrong length</source>
        <translation>su resultado tiene una longitud incorrecta</translation>
    </message>
</context>
<context>
    <name>hindsight::WhyTreeModel</name>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Porque</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Human error</source>
        <translation>Error humano</translation>
    </message>
</context>
<context>
    <name>hindsight::WhysPage</name>
    <message>
        <source>Problem statement</source>
        <translation>Planteamiento del problema</translation>
    </message>
    <message>
        <source>Checkout requests in the EU region failed with HTTP 503 for 69 minutes.</source>
        <translation>Las solicitudes de checkout en la región de la UE fallaron con HTTP 503 durante 69 minutos.</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>Pro&amp;blema:</translation>
    </message>
    <message>
        <source>Whys</source>
        <translation>Porqués</translation>
    </message>
    <message>
        <source>Ask &amp;Why</source>
        <translation>Preguntar por &amp;qué</translation>
    </message>
    <message>
        <source>Ask why the selected answer happened</source>
        <translation>Preguntar por qué ocurrió la respuesta seleccionada</translation>
    </message>
    <message>
        <source>Add Another &amp;Cause</source>
        <translation>Agregar otra &amp;causa</translation>
    </message>
    <message>
        <source>Add a cause beside the selected one</source>
        <translation>Agregar una causa junto a la seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected why and the whys below it</source>
        <translation>Eliminar el porqué seleccionado y los porqués que dependen de él</translation>
    </message>
    <message>
        <source>Add Action &amp;Item for This</source>
        <translation>Agregar ele&amp;mento de acción para esto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Why was the pool only 20 connections?</source>
        <translation>¿Por qué el pool tenía solo 20 conexiones?</translation>
    </message>
    <message>
        <source>W&amp;hy?</source>
        <translation>¿P&amp;or qué?</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Porque</translation>
    </message>
    <message>
        <source>Change CR-4471 set the pool size to 20; the author meant the staging profile.</source>
        <translation>El cambio CR-4471 fijó el tamaño del pool en 20; el autor quería modificar el perfil de staging.</translation>
    </message>
    <message>
        <source>A person&apos;s mistake is where the digging starts, not where it ends: what made the mistake possible, and what would have caught it?</source>
        <translation>El error de una persona es donde empieza la indagación, no donde termina: ¿qué hizo posible el error y qué lo habría detectado?</translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation>Elementos de acción:</translation>
    </message>
    <message>
        <source>Why was that mistake possible?</source>
        <translation>¿Por qué fue posible ese error?</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Why: %1?</source>
        <translation>¿Por qué: %1?</translation>
    </message>
    <message>
        <source>Why did this problem happen?</source>
        <translation>¿Por qué ocurrió este problema?</translation>
    </message>
    <message>
        <source>Why else?</source>
        <translation>¿Por qué más?</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Bec&amp;ause:</source>
        <translation>&amp;Porque:</translation>
    </message>
    <message>
        <source>R&amp;oot cause</source>
        <translation>Causa &amp;raíz</translation>
    </message>
    <message>
        <source>H&amp;uman error</source>
        <translation>Error &amp;humano</translation>
    </message>
    <message>
        <source>Ask Why I&amp;t Was Possible</source>
        <translation>Preguntar por qué &amp;fue posible</translation>
    </message>
</context>
<context>
    <name>hindsight::report::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Host names to hide</source>
        <translation>Nombres de host que se ocultan</translation>
    </message>
    <message>
        <source>Internal domains</source>
        <translation>Dominios internos</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>Reemplazos</translation>
    </message>
    <message>
        <source>Keep original</source>
        <translation>Conservar el original</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Exported as</source>
        <translation>Exportado como</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Público:</translation>
    </message>
    <message>
        <source>&amp;Hide hosts:</source>
        <translation>&amp;Ocultar hosts:</translation>
    </message>
    <message>
        <source>&amp;Internal domains:</source>
        <translation>Dominios &amp;internos:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s); check one to keep what was written.</source>
        <translation>
            <numerusform>%n reemplazo; márquelo para conservar lo que estaba escrito.</numerusform>
            <numerusform>%n reemplazos; marque uno para conservar lo que estaba escrito.</numerusform>
        </translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(omitido)</translation>
    </message>
    <message>
        <source>Export COE</source>
        <translation>Exportar COE</translation>
    </message>
</context>
<context>
    <name>hindsight::report::ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Incluir %1</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Add the review check as an appendix</source>
        <translation>Agregar la revisión como apéndice</translation>
    </message>
    <message>
        <source>Review check appendix</source>
        <translation>Apéndice de la revisión</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>Elegir el archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export Review Packet</source>
        <translation>Exportar paquete de revisión</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>hindsight::sql</name>
    <message>
        <source>the database returned no value</source>
        <translation>la base de datos no devolvió ningún valor</translation>
    </message>
    <message>
        <source>%1 (PostgreSQL error %2)</source>
        <translation>%1 (error de PostgreSQL %2)</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost and cannot be made again: %1</source>
        <translation>Se perdió la conexión con el servidor PostgreSQL y no se puede restablecer: %1</translation>
    </message>
</context>
</TS>
