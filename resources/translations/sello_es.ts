<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en_US">
    <context>
        <name>AddressBookButton</name>
        <message>
            <source>Nothing saved yet: entries are added when you issue a document</source>
            <translation>Nada guardado todavía: se agregan al emitir un documento</translation>
        </message>
        <message>
            <source>Save what is typed here in the address book</source>
            <translation>Guardar lo escrito aquí en la libreta de direcciones</translation>
        </message>
        <message>
            <source>a company name</source>
            <translation>el nombre de la empresa</translation>
        </message>
        <message>
            <source>a product description</source>
            <translation>la descripción del producto</translation>
        </message>
        <message>
            <source>Type {what} first, then save it in the address book.</source>
            <translation>Primero escriba {what}; después guárdelo en la libreta de direcciones.</translation>
        </message>
        <message>
            <source>Address book</source>
            <translation>Libreta de direcciones</translation>
        </message>
        <message>
            <source>Saved products</source>
            <translation>Productos guardados</translation>
        </message>
        <message>
            <source>Fill in this company from the ones used in earlier documents</source>
            <translation>Llenar esta empresa con una usada en documentos anteriores</translation>
        </message>
        <message>
            <source>Fill in this product from the ones used in earlier documents</source>
            <translation>Llenar este producto con uno usado en documentos anteriores</translation>
        </message>
    </context>
    <context>
        <name>AskPassphraseDialog</name>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <source>Backup saved: {path}</source>
            <translation>Respaldo guardado: {path}</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>&amp;Skip for now</source>
            <translation>&amp;Omitir por ahora</translation>
        </message>
        <message>
            <source>Back up your key</source>
            <translation>Respalde su llave</translation>
        </message>
        <message>
            <source>If this computer breaks or is lost, the backup lets you keep signing.</source>
            <translation>Si esta computadora se descompone o se pierde, el respaldo le permite seguir firmando.</translation>
        </message>
        <message>
            <source>Choose a passphrase to protect the backup file, then save it on a USB drive or another safe place, not only on this computer.</source>
            <translation>Elija una frase de contraseña para proteger el archivo de respaldo y guárdelo en una memoria USB u otro lugar seguro, no solo en esta computadora.</translation>
        </message>
        <message>
            <source>The backup file contains your company’s private key. Anyone who has the file and its passphrase can sign documents in your company’s name.</source>
            <translation>El archivo de respaldo contiene la llave privada de su empresa. Quien tenga el archivo y su frase de contraseña puede firmar documentos a nombre de su empresa.</translation>
        </message>
        <message>
            <source>&amp;Save backup file…</source>
            <translation>&amp;Guardar archivo de respaldo…</translation>
        </message>
    </context>
    <context>
        <name>BackupPassphraseDialog</name>
        <message>
            <source>Back up key “{name}”</source>
            <translation>Respaldar la llave “{name}”</translation>
        </message>
        <message>
            <source>The backup is a file protected by a passphrase. Keep it on a USB drive or another safe place, away from this computer.</source>
            <translation>El respaldo es un archivo protegido con una frase de contraseña. Guárdelo en una memoria USB u otro lugar seguro, lejos de esta computadora.</translation>
        </message>
        <message>
            <source>Warning: the file contains the private key. Anyone who has it and its passphrase can sign documents in your company’s name. Never send it by e-mail.</source>
            <translation>Atención: el archivo contiene la llave privada. Quien lo tenga junto con su frase de contraseña puede firmar documentos a nombre de su empresa. Nunca lo envíe por correo electrónico.</translation>
        </message>
        <message>
            <source>&amp;Choose where to save…</source>
            <translation>&amp;Elegir dónde guardar…</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Save an empty CSV template</source>
            <translation>Guardar una plantilla CSV vacía</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Choose the CSV file</source>
            <translation>Elegir el archivo CSV</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>This company has no signing key yet: create one on the Keys page.</source>
            <translation>Esta empresa aún no tiene llave de firma: cree una en la página Llaves.</translation>
        </message>
        <message>
            <source>Stopping after the current document…</source>
            <translation>Deteniendo después del documento en curso…</translation>
        </message>
        <message>
            <source>Issuing… {done} of {total}</source>
            <translation>Emitiendo… {done} de {total}</translation>
        </message>
        <message>
            <source>Not issued (stopped)</source>
            <translation>No emitido (detenido)</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emitido</translation>
        </message>
        <message numerus="yes">
            <source>Not issued: %n problem(s)</source>
            <translation>
                <numerusform>No emitido: %n problema</numerusform>
                <numerusform>No emitido: %n problemas</numerusform>
            </translation>
        </message>
        <message>
            <source>(whole line)</source>
            <translation>(toda la línea)</translation>
        </message>
        <message numerus="yes">
            <source>Stopped: %n document(s) issued.</source>
            <translation>
                <numerusform>Detenido: se emitió %n documento.</numerusform>
                <numerusform>Detenido: se emitieron %n documentos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %n document(s) issued.</source>
            <translation>
                <numerusform>Listo: se emitió %n documento.</numerusform>
                <numerusform>Listo: se emitieron %n documentos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not issued, lines: {lines}.</source>
            <translation>No emitidas, líneas: {lines}.</translation>
        </message>
        <message>
            <source>Choose a CSV file. Start from the template so the columns are right.</source>
            <translation>Elija un archivo CSV. Parta de la plantilla para que las columnas sean correctas.</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) found in the file.</source>
            <translation>
                <numerusform>%n documento en el archivo.</numerusform>
                <numerusform>%n documentos en el archivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Lines that cannot be read: {lines}.</source>
            <translation>Líneas que no se pueden leer: {lines}.</translation>
        </message>
        <message>
            <source>Save the list of problems</source>
            <translation>Guardar la lista de problemas</translation>
        </message>
        <message numerus="yes">
            <source>Issue %n document(s)</source>
            <translation>
                <numerusform>Emitir %n documento</numerusform>
                <numerusform>Emitir %n documentos</numerusform>
            </translation>
        </message>
        <message>
            <source>Issue documents</source>
            <translation>Emitir documentos</translation>
        </message>
        <message>
            <source>Issue many documents</source>
            <translation>Emitir muchos documentos</translation>
        </message>
        <message>
            <source>Issue many documents from a CSV file</source>
            <translation>Emitir muchos documentos desde un archivo CSV</translation>
        </message>
        <message>
            <source>Each line of the file becomes one signed document with its PDF. The columns are the form's fields, such as certificate.number or heats.1.heat_number: save the template, fill it in a spreadsheet and save it as CSV. Lines with problems are skipped and listed below.</source>
            <translation>Cada línea del archivo se convierte en un documento firmado con su PDF. Las columnas son los campos del formulario, como certificate.number o heats.1.heat_number: guarde la plantilla, llénela en una hoja de cálculo y guárdela como CSV. Las líneas con problemas se omiten y se listan abajo.</translation>
        </message>
        <message>
            <source>Document type:</source>
            <translation>Tipo de documento:</translation>
        </message>
        <message>
            <source>Save empty template…</source>
            <translation>Guardar plantilla vacía…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <source>none chosen</source>
            <translation>ninguno elegido</translation>
        </message>
        <message>
            <source>Choose CSV file…</source>
            <translation>Elegir archivo CSV…</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Save list of problems…</source>
            <translation>Guardar lista de problemas…</translation>
        </message>
        <message>
            <source>Also issue lines with values outside their grade (each confirmation is kept in the audit log)</source>
            <translation>Emitir también las líneas con valores fuera de su grado (cada confirmación queda en el registro de auditoría)</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Choose a company profile first.</source>
            <translation>Elija primero un perfil de empresa.</translation>
        </message>
    </context>
    <context>
        <name>BundlePanel</name>
        <message>
            <source>Save the trust bundle</source>
            <translation>Guardar el paquete de confianza</translation>
        </message>
        <message>
            <source>Sello trust bundles (*.sello-bundle)</source>
            <translation>Paquetes de confianza de Sello (*.sello-bundle)</translation>
        </message>
        <message>
            <source>Import a trust bundle</source>
            <translation>Importar un paquete de confianza</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Bundle of {date} saved to {path}. Trust lists: {lists}; DID documents: {dids}; status lists: {statuses}.</source>
            <translation>Paquete del {date} guardado en {path}. Listas de confianza: {lists}; documentos DID: {dids}; listas de estado: {statuses}.</translation>
        </message>
        <message>
            <source>Bundle of {date} from {operator} imported. Trust lists: {lists}; DID documents: {dids}; status lists: {statuses}. Its revocation data is as of {date}.</source>
            <translation>Paquete del {date} de {operator} importado. Listas de confianza: {lists}; documentos DID: {dids}; listas de estado: {statuses}. Sus datos de revocación son al {date}.</translation>
        </message>
        <message>
            <source>Not imported:</source>
            <translation>No importado:</translation>
        </message>
        <message>
            <source>Make a bundle for offline desks</source>
            <translation>Crear un paquete para puestos sin conexión</translation>
        </message>
        <message>
            <source>One signed file with the trust lists on this computer, your DID documents and your current revocation status lists. Give it to border desks that work offline, or to verifiers of a company without a website. It is signed with your company's key.</source>
            <translation>Un solo archivo firmado con las listas de confianza de esta computadora, sus documentos DID y sus listas de estado de revocación actuales. Entréguelo a los puestos fronterizos que trabajan sin conexión, o a quienes verifican a una empresa sin sitio web. Se firma con la llave de su empresa.</translation>
        </message>
        <message>
            <source>&amp;Make bundle…</source>
            <translation>&amp;Crear paquete…</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>Importar un paquete</translation>
        </message>
        <message>
            <source>A bundle is accepted only when it is signed by an operator you trust (Trust lists tab). Its revocation data is as fresh as the bundle's date.</source>
            <translation>Un paquete se acepta solo si lo firma un operador de su confianza (pestaña Listas de confianza). Sus datos de revocación son tan recientes como la fecha del paquete.</translation>
        </message>
        <message>
            <source>&amp;Import bundle…</source>
            <translation>&amp;Importar paquete…</translation>
        </message>
    </context>
    <context>
        <name>CameraPanel</name>
        <message>
            <source>All {total} parts read</source>
            <translation>Se leyeron las {total} partes</translation>
        </message>
        <message>
            <source>{have} of {total} parts read: show the next code</source>
            <translation>{have} de {total} partes leídas: muestre el siguiente código</translation>
        </message>
        <message>
            <source>Move closer: the code is too small to read.</source>
            <translation>Acérquese: el código es demasiado pequeño para leerlo.</translation>
        </message>
        <message>
            <source>Too much glare on the code: tilt the page away from the light.</source>
            <translation>Demasiado reflejo en el código: incline la hoja para alejarla de la luz.</translation>
        </message>
        <message>
            <source>Tilt less: hold the page flat, facing the camera.</source>
            <translation>Incline menos: sostenga la hoja plana, de frente a la cámara.</translation>
        </message>
        <message>
            <source>Hold still: the code is blurred.</source>
            <translation>No se mueva: el código se ve borroso.</translation>
        </message>
        <message>
            <source>Move the page so the whole code is inside the picture.</source>
            <translation>Mueva la hoja para que todo el código quede dentro de la imagen.</translation>
        </message>
        <message>
            <source>Started over: this part belongs to another document.</source>
            <translation>Se empezó de nuevo: esta parte pertenece a otro documento.</translation>
        </message>
        <message>
            <source>No camera found — you can still scan with a handheld scanner or open a file.</source>
            <translation>No se encontró ninguna cámara — aún puede escanear con un lector de mano o abrir un archivo.</translation>
        </message>
        <message>
            <source>Sello is not allowed to use the camera. Allow it in your system's privacy settings (Camera), or scan with a handheld scanner or open a file.</source>
            <translation>Sello no tiene permiso para usar la cámara. Permítalo en la configuración de privacidad del sistema (Cámara), o escanee con un lector de mano o abra un archivo.</translation>
        </message>
        <message>
            <source>The camera stopped working: {reason}</source>
            <translation>La cámara dejó de funcionar: {reason}</translation>
        </message>
        <message>
            <source>Camera:</source>
            <translation>Cámara:</translation>
        </message>
    </context>
    <context>
        <name>CompanyBox</name>
        <message>
            <source>The legal name is required.</source>
            <translation>La razón social es obligatoria.</translation>
        </message>
        <message>
            <source>This is not a valid RFC (12 characters for a company, like ADN980312AB1).</source>
            <translation>No es un RFC válido (12 caracteres para una empresa, como ADN980312AB1).</translation>
        </message>
        <message>
            <source>A company in Mexico needs its RFC.</source>
            <translation>Una empresa en México necesita su RFC.</translation>
        </message>
        <message>
            <source>Type only the domain, like acerosdelnorte.mx (no https://, no page).</source>
            <translation>Escriba solo el dominio, como acerosdelnorte.mx (sin https:// ni página).</translation>
        </message>
        <message>
            <source>Saved. New documents use these details; issued ones keep theirs.</source>
            <translation>Guardado. Los documentos nuevos usan estos datos; los ya emitidos conservan los suyos.</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Legal name *:</source>
            <translation>Razón social *:</translation>
        </message>
        <message>
            <source>RFC:</source>
            <translation>RFC:</translation>
        </message>
        <message>
            <source>Street and number:</source>
            <translation>Calle y número:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>Ciudad:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>Código postal:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>País:</translation>
        </message>
        <message>
            <source>Website domain:</source>
            <translation>Dominio del sitio web:</translation>
        </message>
        <message>
            <source>Save company details</source>
            <translation>Guardar datos de la empresa</translation>
        </message>
        <message>
            <source>Logo (optional):</source>
            <translation>Logotipo (opcional):</translation>
        </message>
        <message>
            <source>The issuer block of every new document prints these details. Documents already issued keep the details they were signed with. Keys already made for a website keep its domain in their identifier: after changing the domain, make a new key on the Keys page.</source>
            <translation>El bloque del emisor de cada documento nuevo imprime estos datos. Los documentos ya emitidos conservan los datos con que se firmaron. Las llaves ya creadas para un sitio web llevan su dominio en su identificador: si cambia el dominio, cree una llave nueva en la página Llaves.</translation>
        </message>
    </context>
    <context>
        <name>CompanyLogoRow</name>
        <message>
            <source>Choose the company's logo</source>
            <translation>Elija el logotipo de la empresa</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>That file is not an image Sello can use: choose a PNG or JPEG.</source>
            <translation>Ese archivo no es una imagen que Sello pueda usar: elija un PNG o JPEG.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Choose image…</source>
            <translation>Elegir imagen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
    <context>
        <name>CompanyPage</name>
        <message>
            <source>An RFC has 12 characters for a company: 3 letters, the date of incorporation as YYMMDD and a 3-character homoclave, like ADN980312AB1.</source>
            <translation>El RFC de una empresa tiene 12 caracteres: 3 letras, la fecha de constitución como AAMMDD y una homoclave de 3 caracteres, por ejemplo ADN980312AB1.</translation>
        </message>
        <message>
            <source>&amp;RFC *:</source>
            <translation>&amp;RFC *:</translation>
        </message>
        <message>
            <source>&amp;RFC:</source>
            <translation>&amp;RFC:</translation>
        </message>
        <message>
            <source>Type only the domain, like acerosdelnorte.mx (no https://, no page).</source>
            <translation>Escriba solo el dominio, por ejemplo acerosdelnorte.mx (sin https:// ni página).</translation>
        </message>
        <message>
            <source>Your company</source>
            <translation>Su empresa</translation>
        </message>
        <message>
            <source>As it appears on your invoices. Fields marked * are required.</source>
            <translation>Tal como aparece en sus facturas. Los campos marcados con * son obligatorios.</translation>
        </message>
        <message>
            <source>&amp;Legal name *:</source>
            <translation>&amp;Razón social *:</translation>
        </message>
        <message>
            <source>&amp;Street and number:</source>
            <translation>&amp;Calle y número:</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>C&amp;iudad:</translation>
        </message>
        <message>
            <source>S&amp;tate:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <source>&amp;Postal code:</source>
            <translation>Código &amp;postal:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>Pa&amp;ís:</translation>
        </message>
        <message>
            <source>&amp;Website domain:</source>
            <translation>&amp;Dominio del sitio web:</translation>
        </message>
        <message>
            <source>Aceros del Norte, S.A. de C.V.</source>
            <translation>Aceros del Norte, S.A. de C.V.</translation>
        </message>
        <message>
            <source>Only if your company has a website. You can leave it empty.</source>
            <translation>Solo si su empresa tiene sitio web. Puede dejarlo vacío.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected problem</source>
            <translation>Problema inesperado</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Sello ran into a problem it did not expect.</source>
            <translation>Sello se encontró con un problema que no esperaba.</translation>
        </message>
        <message>
            <source>What you were doing may not have finished; check it before going on. If this happens again, click “Copy details” and send them to the person who supports Sello for you.</source>
            <translation>Es posible que lo que estaba haciendo no haya terminado; revíselo antes de continuar. Si vuelve a ocurrir, haga clic en «Copiar detalles» y envíelos a la persona que le da soporte con Sello.</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Ocultar detalles</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Mostrar detalles</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar detalles</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>CreateKeyPage</name>
        <message>
            <source>Signing key {year}</source>
            <translation>Llave de firma {year}</translation>
        </message>
        <message>
            <source>Something went wrong; the details are in the error window.</source>
            <translation>Algo salió mal; los detalles están en la ventana de error.</translation>
        </message>
        <message>
            <source>Saving your company’s details…</source>
            <translation>Guardando los datos de su empresa…</translation>
        </message>
        <message>
            <source>Creating the encrypted key file…</source>
            <translation>Creando el archivo cifrado de llaves…</translation>
        </message>
        <message>
            <source>Creating your signing key…</source>
            <translation>Creando su llave de firma…</translation>
        </message>
        <message>
            <source>The key could not be created: {reason}</source>
            <translation>No se pudo crear la llave: {reason}</translation>
        </message>
        <message>
            <source>Your signing key is ready. Its fingerprint:</source>
            <translation>Su llave de firma está lista. Su huella digital:</translation>
        </message>
        <message>
            <source>{algorithm} key, identifier {did}</source>
            <translation>Llave {algorithm}, identificador {did}</translation>
        </message>
        <message>
            <source>Creating your signing key</source>
            <translation>Creación de su llave de firma</translation>
        </message>
        <message>
            <source>This takes a few seconds.</source>
            <translation>Esto tarda unos segundos.</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Intentar de nuevo</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>…and %n more</source>
            <translation>…y %n más</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>DocumentAuditView</name>
        <message>
            <source>Issued</source>
            <translation>Emitido</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Impreso</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportado</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revocado</translation>
        </message>
        <message>
            <source>Out-of-grade values confirmed</source>
            <translation>Valores fuera del grado confirmados</translation>
        </message>
        <message>
            <source>Signed with key {key}</source>
            <translation>Firmado con la llave {key}</translation>
        </message>
        <message>
            <source>PDF rendered again: {file}</source>
            <translation>PDF generado de nuevo: {file}</translation>
        </message>
        <message>
            <source>Signed token (.jwt): {file}</source>
            <translation>Credencial firmada (.jwt): {file}</translation>
        </message>
        <message>
            <source>PDF copy: {file}</source>
            <translation>Copia del PDF: {file}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motivo: {reason}</translation>
        </message>
        <message>
            <source>{spec}: {values}</source>
            <translation>{spec}: {values}</translation>
        </message>
        <message>
            <source>Checking the activity log…</source>
            <translation>Comprobando el registro de actividad…</translation>
        </message>
        <message>
            <source>✓ Activity log verified: no entry was altered or removed.</source>
            <translation>✓ Registro de actividad verificado: ninguna entrada fue alterada ni borrada.</translation>
        </message>
        <message>
            <source>✗ The activity log was tampered with: {reason}</source>
            <translation>✗ El registro de actividad fue manipulado: {reason}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Activity of this document</source>
            <translation>Actividad de este documento</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Accepted by recipient</source>
            <translation>Aceptado por el destinatario</translation>
        </message>
        <message>
            <source>Delivery failed</source>
            <translation>Envío fallido</translation>
        </message>
        <message>
            <source>To {recipient} (Traceability API)</source>
            <translation>A {recipient} (API de trazabilidad)</translation>
        </message>
        <message>
            <source>{recipient} accepted it (HTTP {status})</source>
            <translation>{recipient} lo aceptó (HTTP {status})</translation>
        </message>
        <message>
            <source>To {recipient}: {reason}</source>
            <translation>A {recipient}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DocumentDetailsPanel</name>
        <message>
            <source>Revoked on {date}</source>
            <translation>Revocado el {date}</translation>
        </message>
        <message>
            <source>Valid (not revoked)</source>
            <translation>Vigente (no revocado)</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Revoke %n document(s)…</source>
            <translation>
                <numerusform>&amp;Revocar %n documento…</numerusform>
                <numerusform>&amp;Revocar %n documentos…</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>&amp;Revocar…</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>Cliente:</translation>
        </message>
        <message>
            <source>Issued:</source>
            <translation>Emitido:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>Signing key:</source>
            <translation>Llave de firma:</translation>
        </message>
        <message>
            <source>Document id:</source>
            <translation>Id. del documento:</translation>
        </message>
        <message>
            <source>&amp;Print again</source>
            <translation>&amp;Imprimir de nuevo</translation>
        </message>
        <message>
            <source>Open the document's PDF to print it (it is rendered again from the signed document if its file is missing).</source>
            <translation>Abre el PDF del documento para imprimirlo (si falta el archivo, se genera de nuevo a partir del documento firmado).</translation>
        </message>
        <message>
            <source>Export .&amp;jwt…</source>
            <translation>Exportar .&amp;jwt…</translation>
        </message>
        <message>
            <source>Save the signed credential exactly as issued (vc+jwt), for systems that verify credentials.</source>
            <translation>Guarda la credencial firmada tal como se emitió (vc+jwt), para sistemas que verifican credenciales.</translation>
        </message>
        <message>
            <source>Save P&amp;DF copy…</source>
            <translation>Guardar copia del P&amp;DF…</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Select a document to see its details and activity.</source>
            <translation>Seleccione un documento para ver sus datos y su actividad.</translation>
        </message>
    </context>
    <context>
        <name>DocumentFilterBar</name>
        <message>
            <source>Search by number, customer, type, id or pedimento</source>
            <translation>Buscar por número, cliente, tipo, id o pedimento</translation>
        </message>
        <message>
            <source>Search documents</source>
            <translation>Buscar documentos</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Customer:</source>
            <translation>&amp;Cliente:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <source>Issued &amp;between</source>
            <translation>Emitidos e&amp;ntre el</translation>
        </message>
        <message>
            <source>and</source>
            <translation>y el</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>Todos los clientes</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Vigentes</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revocados</translation>
        </message>
    </context>
    <context>
        <name>DocumentTableModel</name>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emitido</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revocado</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <source>Not revoked: verifiers accept it.</source>
            <translation>No revocado: los verificadores lo aceptan.</translation>
        </message>
        <message>
            <source>Revoked on {date}: {reason}</source>
            <translation>Revocado el {date}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>No documents issued yet. Documents you issue appear here.</source>
            <translation>Aún no hay documentos emitidos. Los documentos que emita aparecerán aquí.</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} documents</source>
            <translation>Mostrando {shown} de {total} documentos</translation>
        </message>
        <message>
            <source>The PDF file was missing; it was made again from the signed document: {path}</source>
            <translation>Faltaba el archivo PDF; se generó de nuevo a partir del documento firmado: {path}</translation>
        </message>
        <message>
            <source>The PDF could not be opened. You can find it here: {path}</source>
            <translation>No se pudo abrir el PDF. Lo encuentra aquí: {path}</translation>
        </message>
        <message>
            <source>Export the signed document</source>
            <translation>Exportar el documento firmado</translation>
        </message>
        <message>
            <source>Signed credentials (*.jwt)</source>
            <translation>Credenciales firmadas (*.jwt)</translation>
        </message>
        <message>
            <source>Save a copy of the PDF</source>
            <translation>Guardar una copia del PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado: {path}</translation>
        </message>
        <message>
            <source>Publish the revocation</source>
            <translation>Publicar la revocación</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) revoked. Verifiers see it only once your updated status list is on your website. Write the publishing kit now?</source>
            <translation>
                <numerusform>%n documento revocado. Los verificadores lo ven solo cuando su lista de estado actualizada esté en su sitio web. ¿Generar ahora los archivos de publicación?</numerusform>
                <numerusform>%n documentos revocados. Los verificadores lo ven solo cuando su lista de estado actualizada esté en su sitio web. ¿Generar ahora los archivos de publicación?</numerusform>
            </translation>
        </message>
        <message>
            <source>Write publishing kit…</source>
            <translation>Generar archivos de publicación…</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) revoked. Verifiers see it once they import a trust bundle with your updated status list: make one on the Trust page.</source>
            <translation>
                <numerusform>%n documento revocado. Los verificadores lo ven cuando importen un paquete de confianza con su lista de estado actualizada: créelo en la página Confianza.</numerusform>
                <numerusform>%n documentos revocados. Los verificadores lo ven cuando importen un paquete de confianza con su lista de estado actualizada: créelo en la página Confianza.</numerusform>
            </translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Every document you have issued. Print one again, export it, or revoke it so that verifiers reject it.</source>
            <translation>Todos los documentos que ha emitido. Vuelva a imprimirlos, expórtelos o revóquelos para que los verificadores los rechacen.</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Sello is ready</source>
            <translation>Sello está listo</translation>
        </message>
        <message>
            <source>You can now prepare and sign your export documents.</source>
            <translation>Ya puede preparar y firmar sus documentos de exportación.</translation>
        </message>
        <message>
            <source>{company} signs its documents with the key created just now.</source>
            <translation>{company} firma sus documentos con la llave que acaba de crear.</translation>
        </message>
        <message>
            <source>One thing left: publish your key on your website, so verifiers can find it. In Keys, choose “Export did.json” and place the file at {url} (your web provider can do it).</source>
            <translation>Falta una cosa: publicar su llave en su sitio web, para que los verificadores la encuentren. En Llaves, elija “Exportar did.json” y coloque el archivo en {url} (su proveedor web puede hacerlo).</translation>
        </message>
        <message>
            <source>Nothing to publish: the key is inside your identifier. When your company has a website, create a did:web key in Keys; CBP-style verifiers expect it.</source>
            <translation>No hay nada que publicar: la llave va dentro de su identificador. Cuando su empresa tenga sitio web, cree una llave did:web en Llaves; los verificadores como los de CBP la esperan.</translation>
        </message>
        <message>
            <source>You have no backup of the key yet. Make one soon in Keys → “Back up”.</source>
            <translation>Aún no tiene respaldo de la llave. Haga uno pronto en Llaves → “Respaldar”.</translation>
        </message>
        <message>
            <source>Your backup is at {path}. Keep it safe.</source>
            <translation>Su respaldo está en {path}. Guárdelo en un lugar seguro.</translation>
        </message>
    </context>
    <context>
        <name>DraftEditor</name>
        <message>
            <source>Draft · saving…</source>
            <translation>Borrador · guardando…</translation>
        </message>
        <message>
            <source>Draft · could not be saved; your changes are kept on screen</source>
            <translation>Borrador · no se pudo guardar; sus cambios siguen en pantalla</translation>
        </message>
        <message>
            <source>Draft · saved automatically {when}</source>
            <translation>Borrador · guardado automáticamente {when}</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Revisar</translation>
        </message>
        <message>
            <source>List everything that is missing or wrong</source>
            <translation>Listar todo lo que falta o está mal</translation>
        </message>
        <message>
            <source>Issue…</source>
            <translation>Emitir…</translation>
        </message>
        <message>
            <source>See the document, then sign it and save its PDF</source>
            <translation>Ver el documento; después firmarlo y guardar su PDF</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the form; the draft stays in the list</source>
            <translation>Cerrar el formulario; el borrador queda en la lista</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
    </context>
    <context>
        <name>DraftList</name>
        <message>
            <source>(no number yet)</source>
            <translation>(aún sin número)</translation>
        </message>
        <message>
            <source>Double-click to continue this draft</source>
            <translation>Doble clic para continuar este borrador</translation>
        </message>
        <message>
            <source>REVOKED · {details}</source>
            <translation>REVOCADO · {details}</translation>
        </message>
        <message>
            <source>Double-click to start a new document from this one</source>
            <translation>Doble clic para empezar un documento nuevo a partir de este</translation>
        </message>
        <message>
            <source>Revoked on {date}: verifiers reject it.</source>
            <translation>Revocado el {date}: los verificadores lo rechazan.</translation>
        </message>
        <message numerus="yes">
            <source>Drafts (%n)</source>
            <translation>
                <numerusform>Borradores (%n)</numerusform>
                <numerusform>Borradores (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Issued recently (%n)</source>
            <translation>
                <numerusform>Emitidos recientemente (%n)</numerusform>
                <numerusform>Emitidos recientemente (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Continue filling the selected draft</source>
            <translation>Seguir llenando el borrador elegido</translation>
        </message>
        <message>
            <source>New from this one</source>
            <translation>Nuevo a partir de este</translation>
        </message>
        <message>
            <source>Start a new document with the same data (you type a new number)</source>
            <translation>Empezar un documento nuevo con los mismos datos (usted escribe un número nuevo)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the selected draft</source>
            <translation>Eliminar el borrador elegido</translation>
        </message>
        <message>
            <source>Your drafts and issued documents will be listed here.</source>
            <translation>Aquí aparecerán sus borradores y documentos emitidos.</translation>
        </message>
    </context>
    <context>
        <name>ErrorSummary</name>
        <message>
            <source>Go to this field</source>
            <translation>Ir a este campo</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before issuing</source>
            <translation>
                <numerusform>%n problema por corregir antes de emitir</numerusform>
                <numerusform>%n problemas por corregir antes de emitir</numerusform>
            </translation>
        </message>
        <message>
            <source>Click a line to go to the field.</source>
            <translation>Haga clic en una línea para ir al campo.</translation>
        </message>
        <message>
            <source>All correct: nothing is missing or wrong.</source>
            <translation>Todo correcto: no falta nada ni hay errores.</translation>
        </message>
        <message>
            <source>The document is ready to issue.</source>
            <translation>El documento está listo para emitirse.</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>Choose a date on a calendar</source>
            <translation>Elegir una fecha en un calendario</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>Escriba para buscar…</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— elija —</translation>
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <source>Required.</source>
            <translation>Obligatorio.</translation>
        </message>
    </context>
    <context>
        <name>FileStorePage</name>
        <message>
            <source>Checking the passphrase…</source>
            <translation>Comprobando la frase de contraseña…</translation>
        </message>
        <message>
            <source>Unlocked. Press “Create key” to continue.</source>
            <translation>Desbloqueado. Pulse “Crear llave” para continuar.</translation>
        </message>
        <message>
            <source>Where to keep the private key</source>
            <translation>Dónde guardar la llave privada</translation>
        </message>
        <message>
            <source>You chose to keep private keys in an encrypted file.</source>
            <translation>Usted eligió guardar las llaves privadas en un archivo cifrado.</translation>
        </message>
        <message>
            <source>Sello will keep the private key in a file protected by a passphrase, instead of the operating system’s keyring.</source>
            <translation>Sello guardará la llave privada en un archivo protegido con una frase de contraseña, en lugar del llavero del sistema operativo.</translation>
        </message>
        <message>
            <source>This computer has no keyring that Sello can use.</source>
            <translation>Esta computadora no tiene un llavero que Sello pueda usar.</translation>
        </message>
        <message>
            <source>Sello normally keeps private keys in the operating system’s keyring, but it does not work here. Instead, Sello can keep the key in a file protected by a passphrase. You will type that passphrase when you open Sello to sign.</source>
            <translation>Normalmente Sello guarda las llaves privadas en el llavero del sistema operativo, pero aquí no funciona. En su lugar, Sello puede guardar la llave en un archivo protegido con una frase de contraseña. Escribirá esa frase cuando abra Sello para firmar.</translation>
        </message>
        <message>
            <source>Technical detail: {reason}</source>
            <translation>Detalle técnico: {reason}</translation>
        </message>
        <message>
            <source>This computer already has such a file: {path}. Type its passphrase to use it.</source>
            <translation>Esta computadora ya tiene ese archivo: {path}. Escriba su frase de contraseña para usarlo.</translation>
        </message>
        <message>
            <source>The file will be: {path}</source>
            <translation>El archivo será: {path}</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>&amp;Create key</source>
            <translation>&amp;Crear llave</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>FormView</name>
        <message>
            <source>Go to:</source>
            <translation>Ir a:</translation>
        </message>
        <message>
            <source>Fields marked * are required. Hover over a field for help.</source>
            <translation>Los campos con * son obligatorios. Pase el ratón sobre un campo para ver la ayuda.</translation>
        </message>
        <message>
            <source>Go to {section}</source>
            <translation>Ir a {section}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Dictamen</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Emisor</translation>
        </message>
        <message>
            <source>Read from</source>
            <translation>Leído de</translation>
        </message>
        <message>
            <source>Genuine</source>
            <translation>Auténtico</translation>
        </message>
        <message>
            <source>Genuine, with notes</source>
            <translation>Auténtico, con notas</translation>
        </message>
        <message>
            <source>Cannot confirm</source>
            <translation>No se puede confirmar</translation>
        </message>
        <message>
            <source>Do not accept</source>
            <translation>No aceptar</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Cámara</translation>
        </message>
        <message>
            <source>Handheld scanner</source>
            <translation>Lector de mano</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>Línea de comandos</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Export the verification history</source>
            <translation>Exportar el historial de verificaciones</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Showing the newest {shown} of {total} verifications.</source>
            <translation>Se muestran las {shown} más recientes de {total} verificaciones.</translation>
        </message>
        <message numerus="yes">
            <source>%n verification(s)</source>
            <translation>
                <numerusform>%n verificación</numerusform>
                <numerusform>%n verificaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Search by document number, issuer or type…</source>
            <translation>Buscar por número de documento, emisor o tipo…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>All verdicts</source>
            <translation>Todos los dictámenes</translation>
        </message>
        <message>
            <source>Genuine</source>
            <translation>Auténtico</translation>
        </message>
        <message>
            <source>Genuine, with notes</source>
            <translation>Auténtico, con notas</translation>
        </message>
        <message>
            <source>Cannot confirm</source>
            <translation>No se puede confirmar</translation>
        </message>
        <message>
            <source>Do not accept</source>
            <translation>No aceptar</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <source>This company has no signing key yet: create one on the Keys page.</source>
            <translation>Esta empresa aún no tiene llave de firma: cree una en la página Llaves.</translation>
        </message>
        <message>
            <source>PREVIEW — NOT SIGNED</source>
            <translation>VISTA PREVIA — SIN FIRMAR</translation>
        </message>
        <message>
            <source>The preview could not be made.</source>
            <translation>No se pudo preparar la vista previa.</translation>
        </message>
        <message>
            <source>Print {name}</source>
            <translation>Imprimir {name}</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>Enviando a la impresora…</translation>
        </message>
        <message numerus="yes">
            <source>Sent to the printer at 100 % scale (%n page(s)).</source>
            <translation>
                <numerusform>Enviado a la impresora a escala 100 % (%n página).</numerusform>
                <numerusform>Enviado a la impresora a escala 100 % (%n páginas).</numerusform>
            </translation>
        </message>
        <message>
            <source>Save a copy of the PDF</source>
            <translation>Guardar una copia del PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the signed credential</source>
            <translation>Exportar la credencial firmada</translation>
        </message>
        <message>
            <source>Signed credentials (*.jwt)</source>
            <translation>Credenciales firmadas (*.jwt)</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>Guardado como {path}</translation>
        </message>
        <message>
            <source>Issue {document}</source>
            <translation>Emitir {document}</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Emitido por</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Llave de firma</translation>
        </message>
        <message>
            <source>Saved in</source>
            <translation>Guardado en</translation>
        </message>
        <message>
            <source>Check the document before signing</source>
            <translation>Revise el documento antes de firmarlo</translation>
        </message>
        <message>
            <source>This is the first page as it will be printed. Once signed, the document cannot be changed: a correction is a new document. The QR code in the preview is only a placeholder.</source>
            <translation>Esta es la primera página tal como se imprimirá. Una vez firmado, el documento no se puede cambiar: una corrección es un documento nuevo. El código QR de la vista previa es solo de muestra.</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Firmando…</translation>
        </message>
        <message>
            <source>Signing the document with the company's key and saving its PDF.</source>
            <translation>Firmando el documento con la llave de la empresa y guardando su PDF.</translation>
        </message>
        <message>
            <source>Document issued</source>
            <translation>Documento emitido</translation>
        </message>
        <message>
            <source>The signed PDF is saved. Print it at 100 % scale so that its QR code scans reliably.</source>
            <translation>El PDF firmado está guardado. Imprímalo a escala 100 % para que su código QR se lea sin problemas.</translation>
        </message>
        <message>
            <source>Back to editing</source>
            <translation>Volver a editar</translation>
        </message>
        <message>
            <source>Sign and issue</source>
            <translation>Firmar y emitir</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Save PDF as…</source>
            <translation>Guardar PDF como…</translation>
        </message>
        <message>
            <source>Export signed credential (.jwt)…</source>
            <translation>Exportar credencial firmada (.jwt)…</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Preparando la vista previa…</translation>
        </message>
        <message>
            <source>Choose a company profile first.</source>
            <translation>Elija primero un perfil de empresa.</translation>
        </message>
    </context>
    <context>
        <name>KeyActions</name>
        <message>
            <source>Key “{name}” created. Make a backup of it now with “Back up”.</source>
            <translation>Llave “{name}” creada. Haga ahora un respaldo con “Respaldar”.</translation>
        </message>
        <message>
            <source>Key renamed to “{name}”.</source>
            <translation>La llave ahora se llama “{name}”.</translation>
        </message>
        <message>
            <source>“{name}” now signs every new document.</source>
            <translation>“{name}” firma ahora todos los documentos nuevos.</translation>
        </message>
        <message>
            <source>A new {algorithm} key is created and signs every document from now on.</source>
            <translation>Se crea una llave {algorithm} nueva, que firma todos los documentos a partir de ahora.</translation>
        </message>
        <message>
            <source>“{name}” is kept, retired, so the documents it signed still verify.</source>
            <translation>“{name}” se conserva como retirada, así que los documentos que firmó siguen verificándose.</translation>
        </message>
        <message>
            <source>Publish the new did.json on your website afterwards: it lists both keys.</source>
            <translation>Después publique el nuevo did.json en su sitio web: contiene ambas llaves.</translation>
        </message>
        <message>
            <source>Rotate key</source>
            <translation>Reemplazar llave</translation>
        </message>
        <message>
            <source>Replace “{name}” with a new key?</source>
            <translation>¿Reemplazar “{name}” por una llave nueva?</translation>
        </message>
        <message>
            <source>New key created; the old one is retired. Make a backup of the new key now.</source>
            <translation>Llave nueva creada; la anterior quedó retirada. Haga ahora un respaldo de la llave nueva.</translation>
        </message>
        <message>
            <source>Key “{name}”, fingerprint {fingerprint}</source>
            <translation>Llave “{name}”, huella digital {fingerprint}</translation>
        </message>
        <message>
            <source>Its private part in: {store}</source>
            <translation>Su parte privada en: {store}</translation>
        </message>
        <message numerus="yes">
            <source>It signed %n document(s). Its public part is kept, so they still verify; it can no longer sign.</source>
            <translation>
                <numerusform>Firmó %n documento. Su parte pública se conserva, así que sigue verificándose; ya no puede firmar.</numerusform>
                <numerusform>Firmó %n documentos. Su parte pública se conserva, así que siguen verificándose; ya no puede firmar.</numerusform>
            </translation>
        </message>
        <message>
            <source>It signed no documents; it disappears from the list.</source>
            <translation>No firmó ningún documento; desaparece de la lista.</translation>
        </message>
        <message>
            <source>It signs new documents now: another active key, or a new one, must take its place.</source>
            <translation>Es la que firma los documentos nuevos: otra llave activa, o una nueva, debe tomar su lugar.</translation>
        </message>
        <message>
            <source>Delete key</source>
            <translation>Eliminar llave</translation>
        </message>
        <message>
            <source>Delete the private key “{name}”?</source>
            <translation>¿Eliminar la llave privada “{name}”?</translation>
        </message>
        <message>
            <source>This is a private key. Once deleted it cannot be recovered, unless you have a backup file of it. Delete “{name}” for good?</source>
            <translation>Es una llave privada. Una vez eliminada no se puede recuperar, salvo que tenga un archivo de respaldo. ¿Eliminar “{name}” definitivamente?</translation>
        </message>
        <message>
            <source>The private key “{name}” was deleted.</source>
            <translation>Se eliminó la llave privada “{name}”.</translation>
        </message>
        <message>
            <source>Backup saved: {path}. Keep it in a safe place.</source>
            <translation>Respaldo guardado: {path}. Guárdelo en un lugar seguro.</translation>
        </message>
        <message>
            <source>Restore a key</source>
            <translation>Restaurar una llave</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Type the passphrase of the backup {file}.</source>
            <translation>Escriba la frase de contraseña del respaldo {file}.</translation>
        </message>
        <message>
            <source>Key “{name}” restored from its backup.</source>
            <translation>Llave “{name}” restaurada desde su respaldo.</translation>
        </message>
        <message>
            <source>The public DID document was saved as {path}.</source>
            <translation>El documento DID público se guardó como {path}.</translation>
        </message>
        <message>
            <source>Export did.json</source>
            <translation>Exportar did.json</translation>
        </message>
        <message>
            <source>Publish it on your website at {url}, so that verifiers can find your key. It holds only public keys.</source>
            <translation>Publíquelo en su sitio web en {url}, para que los verificadores encuentren su llave. Solo contiene llaves públicas.</translation>
        </message>
        <message>
            <source>Fingerprint copied.</source>
            <translation>Huella digital copiada.</translation>
        </message>
        <message>
            <source>Identifier copied.</source>
            <translation>Identificador copiado.</translation>
        </message>
        <message>
            <source>Unlock the key file</source>
            <translation>Desbloquear el archivo de llaves</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>Your private keys are kept in the encrypted file {path}. Type its passphrase to use them.</source>
            <translation>Sus llaves privadas se guardan en el archivo cifrado {path}. Escriba su frase de contraseña para usarlas.</translation>
        </message>
        <message>
            <source>The key file is unlocked.</source>
            <translation>El archivo de llaves está desbloqueado.</translation>
        </message>
        <message>
            <source>&amp;New key…</source>
            <translation>&amp;Nueva llave…</translation>
        </message>
        <message>
            <source>Create another signing key</source>
            <translation>Crear otra llave de firma</translation>
        </message>
        <message>
            <source>Restore from &amp;backup…</source>
            <translation>Restaurar desde &amp;respaldo…</translation>
        </message>
        <message>
            <source>Bring back a key from its backup file</source>
            <translation>Recuperar una llave desde su archivo de respaldo</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Cambiar &amp;nombre…</translation>
        </message>
        <message>
            <source>Give the key a name you recognise</source>
            <translation>Dar a la llave un nombre que usted reconozca</translation>
        </message>
        <message>
            <source>Back &amp;up…</source>
            <translation>Res&amp;paldar…</translation>
        </message>
        <message>
            <source>Save the key in a file protected by a passphrase</source>
            <translation>Guardar la llave en un archivo protegido con frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Export did.json…</source>
            <translation>&amp;Exportar did.json…</translation>
        </message>
        <message>
            <source>Save the public DID document to publish on your website</source>
            <translation>Guardar el documento DID público para publicarlo en su sitio web</translation>
        </message>
        <message>
            <source>&amp;Use for new documents</source>
            <translation>&amp;Usar en documentos nuevos</translation>
        </message>
        <message>
            <source>Sign every new document with this key</source>
            <translation>Firmar todos los documentos nuevos con esta llave</translation>
        </message>
        <message>
            <source>R&amp;otate…</source>
            <translation>Reempla&amp;zar…</translation>
        </message>
        <message>
            <source>Replace the key with a new one; the old one is kept so old documents still verify</source>
            <translation>Cambiar la llave por una nueva; la anterior se conserva para que los documentos anteriores sigan verificándose</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <source>Delete the private key (asks twice)</source>
            <translation>Eliminar la llave privada (pregunta dos veces)</translation>
        </message>
        <message>
            <source>Copy &amp;fingerprint</source>
            <translation>Copiar &amp;huella digital</translation>
        </message>
        <message>
            <source>Copy the whole fingerprint</source>
            <translation>Copiar la huella digital completa</translation>
        </message>
        <message>
            <source>Copy &amp;identifier</source>
            <translation>Copiar &amp;identificador</translation>
        </message>
        <message>
            <source>Copy the identifier (DID)</source>
            <translation>Copiar el identificador (DID)</translation>
        </message>
        <message>
            <source>&amp;Unlock key file…</source>
            <translation>&amp;Desbloquear archivo de llaves…</translation>
        </message>
        <message>
            <source>Type the passphrase of the encrypted key file</source>
            <translation>Escribir la frase de contraseña del archivo cifrado de llaves</translation>
        </message>
    </context>
    <context>
        <name>KeyDetailsPanel</name>
        <message>
            <source>Nowhere: the private part was deleted on {date}</source>
            <translation>En ningún lado: la parte privada se eliminó el {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n documento</numerusform>
                <numerusform>%n documentos</numerusform>
            </translation>
        </message>
        <message>
            <source>Publish did.json at {url}</source>
            <translation>Publique did.json en {url}</translation>
        </message>
        <message>
            <source>Selected key</source>
            <translation>Llave seleccionada</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Algorithm:</source>
            <translation>Algoritmo:</translation>
        </message>
        <message>
            <source>Identifier:</source>
            <translation>Identificador:</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>Huella digital:</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Creada:</translation>
        </message>
        <message>
            <source>Private key kept in:</source>
            <translation>Llave privada guardada en:</translation>
        </message>
        <message>
            <source>Signed:</source>
            <translation>Firmó:</translation>
        </message>
        <message>
            <source>Website:</source>
            <translation>Sitio web:</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the identifier (DID)</source>
            <translation>Copiar el identificador (DID)</translation>
        </message>
        <message>
            <source>Copy the fingerprint</source>
            <translation>Copiar la huella digital</translation>
        </message>
        <message>
            <source>Publish website kit…</source>
            <translation>Publicar kit para el sitio web…</translation>
        </message>
        <message>
            <source>Write did.json and the revocation list into a folder to upload to the company website</source>
            <translation>Escribe did.json y la lista de revocación en una carpeta para subirla al sitio web de la empresa</translation>
        </message>
    </context>
    <context>
        <name>KeyOperations</name>
        <message>
            <source>Sello key backups (*.sello-key)</source>
            <translation>Respaldos de llaves de Sello (*.sello-key)</translation>
        </message>
        <message>
            <source>Save the key backup</source>
            <translation>Guardar el respaldo de la llave</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose a key backup to restore</source>
            <translation>Elija el respaldo de llave que desea restaurar</translation>
        </message>
        <message>
            <source>The file {path} could not be read ({reason}).</source>
            <translation>No se pudo leer el archivo {path} ({reason}).</translation>
        </message>
        <message>
            <source>Save the public DID document</source>
            <translation>Guardar el documento DID público</translation>
        </message>
        <message>
            <source>DID documents (*.json)</source>
            <translation>Documentos DID (*.json)</translation>
        </message>
    </context>
    <context>
        <name>KeyOptionsWidget</name>
        <message>
            <source>Type your company's website domain.</source>
            <translation>Escriba el dominio del sitio web de su empresa.</translation>
        </message>
        <message>
            <source>Type only the domain, like acerosdelnorte.mx (no https://, no page).</source>
            <translation>Escriba solo el dominio, por ejemplo acerosdelnorte.mx (sin https:// ni página).</translation>
        </message>
        <message>
            <source>How verifiers find your key</source>
            <translation>Cómo encuentran su llave los verificadores</translation>
        </message>
        <message>
            <source>On your website (did:web) — recommended</source>
            <translation>En su sitio web (did:web) — recomendado</translation>
        </message>
        <message>
            <source>Your company publishes its key on its website; U.S. CBP verifiers expect this.</source>
            <translation>Su empresa publica su llave en su sitio web; los verificadores de CBP de EE. UU. esperan esto.</translation>
        </message>
        <message>
            <source>&amp;Website domain:</source>
            <translation>&amp;Dominio del sitio web:</translation>
        </message>
        <message>
            <source>Inside the identifier (did:key)</source>
            <translation>Dentro del identificador (did:key)</translation>
        </message>
        <message>
            <source>No website needed; the key is inside the identifier. Fine to start; CBP-style verifiers expect did:web.</source>
            <translation>No necesita sitio web; la llave va dentro del identificador. Sirve para empezar; los verificadores como los de CBP esperan did:web.</translation>
        </message>
        <message>
            <source>&amp;Advanced: signing algorithm</source>
            <translation>&amp;Avanzado: algoritmo de firma</translation>
        </message>
        <message>
            <source>Signing algorithm</source>
            <translation>Algoritmo de firma</translation>
        </message>
        <message>
            <source>ES384 (P-384) — recommended, the one customs verifiers expect</source>
            <translation>ES384 (P-384) — recomendado, el que esperan los verificadores de aduanas</translation>
        </message>
        <message>
            <source>Ed25519 — only if a partner asks for it</source>
            <translation>Ed25519 — solo si un socio comercial lo pide</translation>
        </message>
        <message>
            <source>A key keeps its algorithm for life.</source>
            <translation>Una llave conserva su algoritmo para siempre.</translation>
        </message>
    </context>
    <context>
        <name>KeyTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>Algoritmo</translation>
        </message>
        <message>
            <source>Identifier (DID)</source>
            <translation>Identificador (DID)</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Huella digital</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creada</translation>
        </message>
        <message>
            <source>Kept in</source>
            <translation>Guardada en</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>KeyTexts</name>
        <message>
            <source>OS keyring</source>
            <translation>Llavero del sistema</translation>
        </message>
        <message>
            <source>Encrypted file</source>
            <translation>Archivo cifrado</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminada</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retirada</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Predeterminada</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Private part deleted; the public part is kept so the documents it signed still verify.</source>
            <translation>Parte privada eliminada; la parte pública se conserva para que los documentos que firmó sigan verificándose.</translation>
        </message>
        <message>
            <source>Retired: it no longer signs, but the documents it signed still verify.</source>
            <translation>Retirada: ya no firma, pero los documentos que firmó siguen verificándose.</translation>
        </message>
        <message>
            <source>Default: it signs every new document.</source>
            <translation>Predeterminada: firma todos los documentos nuevos.</translation>
        </message>
        <message>
            <source>Active: it can sign when you choose it.</source>
            <translation>Activa: puede firmar cuando usted la elija.</translation>
        </message>
        <message>
            <source>On the website {domain}</source>
            <translation>En el sitio web {domain}</translation>
        </message>
        <message>
            <source>Inside the identifier (no website)</source>
            <translation>Dentro del identificador (sin sitio web)</translation>
        </message>
        <message>
            <source>Wrong passphrase. Check the spelling, the keyboard layout and Caps Lock, then try again.</source>
            <translation>Frase de contraseña incorrecta. Revise la ortografía, la distribución del teclado y Bloq Mayús, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>This is a different kind of Sello file. Choose a key backup file (.sello-key).</source>
            <translation>Es otro tipo de archivo de Sello. Elija un archivo de respaldo de llave (.sello-key).</translation>
        </message>
        <message>
            <source>This file is not a Sello key backup (.sello-key).</source>
            <translation>Este archivo no es un respaldo de llave de Sello (.sello-key).</translation>
        </message>
        <message>
            <source>The file is damaged or was altered, so it cannot be opened. Use another copy of it.</source>
            <translation>El archivo está dañado o fue alterado, así que no se puede abrir. Use otra copia.</translation>
        </message>
        <message>
            <source>This computer's keyring cannot keep private keys right now ({reason}).</source>
            <translation>El llavero de esta computadora no puede guardar llaves privadas en este momento ({reason}).</translation>
        </message>
        <message>
            <source>The private key is missing from {store}. Restore it from its backup file.</source>
            <translation>La llave privada no está en {store}. Restáurela desde su archivo de respaldo.</translation>
        </message>
    </context>
    <context>
        <name>KeysPage</name>
        <message>
            <source>Keys</source>
            <translation>Llaves</translation>
        </message>
        <message>
            <source>Your company signs its documents with these keys. The private part of a key stays on this computer, apart from the protected backups you make; verifiers check signatures with the public part.</source>
            <translation>Su empresa firma sus documentos con estas llaves. La parte privada de una llave se queda en esta computadora, salvo en los respaldos protegidos que usted haga; los verificadores comprueban las firmas con la parte pública.</translation>
        </message>
        <message>
            <source>Sello is not set up yet: enter your company’s details and create its signing key first.</source>
            <translation>Sello aún no está configurado: primero capture los datos de su empresa y cree su llave de firma.</translation>
        </message>
        <message>
            <source>&amp;Set up Sello…</source>
            <translation>&amp;Configurar Sello…</translation>
        </message>
        <message>
            <source>Your private keys are kept in an encrypted file. Unlock it with its passphrase to sign, back up, rotate or delete keys.</source>
            <translation>Sus llaves privadas se guardan en un archivo cifrado. Desbloquéelo con su frase de contraseña para firmar, respaldar, reemplazar o eliminar llaves.</translation>
        </message>
        <message>
            <source>No keys yet. Create one with “New key”.</source>
            <translation>Aún no hay llaves. Cree una con “Nueva llave”.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>This page could not be opened.</source>
            <translation>No se pudo abrir esta página.</translation>
        </message>
        <message>
            <source>Sello {version}</source>
            <translation>Sello {version}</translation>
        </message>
        <message>
            <source>About Sello</source>
            <translation>Acerca de Sello</translation>
        </message>
        <message>
            <source>Signs your export documents as W3C Verifiable Credentials and prints them with a QR code that border staff can verify offline.

Qt for Python {qt}</source>
            <translation>Firma sus documentos de exportación como credenciales verificables W3C y los imprime con un código QR que el personal de la frontera puede verificar sin conexión.

Qt for Python {qt}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
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
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Seleccionar &amp;todo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About Sello</source>
            <translation>&amp;Acerca de Sello</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Shipments</source>
            <translation>Envíos</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Llaves</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Confianza</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Recibidos</translation>
        </message>
    </context>
    <context>
        <name>NewKeyDialog</name>
        <message>
            <source>New signing key</source>
            <translation>Nueva llave de firma</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Signing key {year}</source>
            <translation>Llave de firma {year}</translation>
        </message>
        <message>
            <source>&amp;Create key</source>
            <translation>&amp;Crear llave</translation>
        </message>
        <message>
            <source>Where the private key will be kept: {store}.</source>
            <translation>Dónde se guardará la llave privada: {store}.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <source>Both passphrases match.</source>
            <translation>Las dos frases de contraseña coinciden.</translation>
        </message>
        <message>
            <source>Tip: four or more unrelated words are easy to remember and hard to guess, like “turtle lamp river green”.</source>
            <translation>Consejo: cuatro o más palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar, como “tortuga lámpara río verde”.</translation>
        </message>
        <message>
            <source>Too short: use at least {count} characters.</source>
            <translation>Demasiado corta: use al menos {count} caracteres.</translation>
        </message>
        <message>
            <source>Weak: avoid common words and runs like 1234 or qwerty. Add more words.</source>
            <translation>Débil: evite palabras comunes y secuencias como 1234 o qwerty. Agregue más palabras.</translation>
        </message>
        <message>
            <source>Weak: easy to guess. Add more words or characters.</source>
            <translation>Débil: fácil de adivinar. Agregue más palabras o caracteres.</translation>
        </message>
        <message>
            <source>Fair. A longer passphrase would be stronger.</source>
            <translation>Aceptable. Una frase más larga sería más segura.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Segura.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repítala:</translation>
        </message>
        <message>
            <source>&amp;Show what I type</source>
            <translation>&amp;Mostrar lo que escribo</translation>
        </message>
        <message>
            <source>Write the passphrase down and keep it apart from the file. Without it the file cannot be opened, and nobody can recover it for you.</source>
            <translation>Anote la frase de contraseña y guárdela separada del archivo. Sin ella el archivo no se puede abrir, y nadie puede recuperarla por usted.</translation>
        </message>
    </context>
    <context>
        <name>OperatedListsPanel</name>
        <message>
            <source>Issuers</source>
            <translation>Emisores</translation>
        </message>
        <message>
            <source>Issuers on “{name}” (version {version})</source>
            <translation>Emisores en «{name}» (versión {version})</translation>
        </message>
        <message>
            <source>Created “{name}”. Add the issuers it vouches for, then sign it.</source>
            <translation>Se creó «{name}». Agregue los emisores que respalda y luego fírmela.</translation>
        </message>
        <message>
            <source>Remove issuer</source>
            <translation>Quitar emisor</translation>
        </message>
        <message>
            <source>Remove {name} from “{list}”? Verifiers see the change when you sign and hand out the list again.</source>
            <translation>¿Quitar a {name} de «{list}»? Los verificadores verán el cambio cuando firme y entregue de nuevo la lista.</translation>
        </message>
        <message>
            <source>Saved. Sign the list again to hand out the change.</source>
            <translation>Guardado. Firme de nuevo la lista para entregar el cambio.</translation>
        </message>
        <message>
            <source>Save the signed trust list</source>
            <translation>Guardar la lista de confianza firmada</translation>
        </message>
        <message>
            <source>Signed trust lists (*.jwt)</source>
            <translation>Listas de confianza firmadas (*.jwt)</translation>
        </message>
        <message>
            <source>Signed version {version}, valid until {date}, and saved to {path}.</source>
            <translation>Versión {version} firmada, vigente hasta el {date}, y guardada en {path}.</translation>
        </message>
        <message>
            <source>If you run a trust list (for example, a chamber vouching for its member mills), create it here, add the issuers and sign it with your company's key. Verifiers who trust you import the signed file.</source>
            <translation>Si usted administra una lista de confianza (por ejemplo, una cámara que respalda a sus acereras socias), créela aquí, agregue los emisores y fírmela con la llave de su empresa. Los verificadores que confían en usted importan el archivo firmado.</translation>
        </message>
        <message>
            <source>Lis&amp;t:</source>
            <translation>L&amp;ista:</translation>
        </message>
        <message>
            <source>Name of a new list</source>
            <translation>Nombre de una lista nueva</translation>
        </message>
        <message>
            <source>&amp;Create list</source>
            <translation>&amp;Crear lista</translation>
        </message>
        <message>
            <source>Identifier (DID):</source>
            <translation>Identificador (DID):</translation>
        </message>
        <message>
            <source>Legal name:</source>
            <translation>Razón social:</translation>
        </message>
        <message>
            <source>Tax id (RFC):</source>
            <translation>RFC:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>País:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Funciones:</translation>
        </message>
        <message>
            <source>Listed until:</source>
            <translation>En la lista hasta:</translation>
        </message>
        <message>
            <source>Limit to</source>
            <translation>Limitar al</translation>
        </message>
        <message>
            <source>&amp;Add or update issuer</source>
            <translation>A&amp;gregar o actualizar emisor</translation>
        </message>
        <message>
            <source>&amp;Remove issuer…</source>
            <translation>&amp;Quitar emisor…</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Razón social</translation>
        </message>
        <message>
            <source>RFC</source>
            <translation>RFC</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Funciones</translation>
        </message>
        <message>
            <source>Listed until</source>
            <translation>En la lista hasta</translation>
        </message>
        <message>
            <source>Identifier (DID)</source>
            <translation>Identificador (DID)</translation>
        </message>
        <message>
            <source>Vali&amp;d for (months):</source>
            <translation>Vigencia (&amp;meses):</translation>
        </message>
        <message>
            <source>&amp;Sign and save…</source>
            <translation>&amp;Firmar y guardar…</translation>
        </message>
    </context>
    <context>
        <name>OperatorPinning</name>
        <message>
            <source>The operator's DID document</source>
            <translation>El documento DID del operador</translation>
        </message>
        <message>
            <source>DID documents (*.json)</source>
            <translation>Documentos DID (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Trust this operator?</source>
            <translation>¿Confiar en este operador?</translation>
        </message>
        <message>
            <source>Ask the operator to read its fingerprint to you by phone and compare it group by group:

{fingerprint}

Trust {did} only if every group matches.</source>
            <translation>Pida al operador que le lea su huella por teléfono y compárela grupo por grupo:

{fingerprint}

Confíe en {did} solo si todos los grupos coinciden.</translation>
        </message>
        <message>
            <source>They match: trust it</source>
            <translation>Coinciden: confiar</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This page is being built; it comes in the next version of Sello.</source>
            <translation>Esta página está en construcción; llegará en la próxima versión de Sello.</translation>
        </message>
        <message>
            <source>Shipments</source>
            <translation>Envíos</translation>
        </message>
        <message>
            <source>Here you will create a shipment and fill in its documents: Mill Test Report, Commercial Invoice, USMCA Certification of Origin, Packing List and Bill of Lading. Then you issue them, signed, and print them with their QR code.</source>
            <translation>Aquí creará un envío y llenará sus documentos: certificado de calidad de molino (Mill Test Report), factura comercial, certificación de origen T-MEC, lista de empaque y conocimiento de embarque. Después los emitirá, firmados, y los imprimirá con su código QR.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Here you will find every document you have issued: print it again, issue a corrected version, or revoke it so that verifiers reject it.</source>
            <translation>Aquí encontrará todos los documentos que ha emitido: podrá imprimirlos de nuevo, emitir una versión corregida o revocarlos para que los verificadores los rechacen.</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Llaves</translation>
        </message>
        <message>
            <source>Here you will create your company's signing key, see its fingerprint, keep an encrypted backup of it and replace it when needed.</source>
            <translation>Aquí creará la llave de firma de su empresa, verá su huella digital, guardará un respaldo cifrado y la reemplazará cuando haga falta.</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Here you will check a printed document: scan its QR code with a webcam or a scanner, or open an image or a PDF, and see at once whether it is genuine, unaltered and still valid.</source>
            <translation>Aquí revisará un documento impreso: escanee su código QR con una cámara web o un lector, o abra una imagen o un PDF, y verá al instante si es auténtico, si no fue alterado y si sigue vigente.</translation>
        </message>
    </context>
    <context>
        <name>PublishPanel</name>
        <message>
            <source>published at {url}</source>
            <translation>publicado en {url}</translation>
        </message>
        <message>
            <source>Written to {folder}: {files}</source>
            <translation>Generado en {folder}: {files}</translation>
        </message>
        <message>
            <source>Verifiers find your public keys and your revocation status list on your website (did:web). Write the publishing kit into a folder and upload it to your website; do it again after you revoke a document or change your key. The kit includes instructions for your webmaster in Spanish and English.</source>
            <translation>Los verificadores encuentran sus llaves públicas y su lista de estado de revocación en su sitio web (did:web). Genere los archivos de publicación en una carpeta y súbalos a su sitio web; hágalo de nuevo después de revocar un documento o cambiar de llave. Incluyen instrucciones para su administrador web en español e inglés.</translation>
        </message>
        <message>
            <source>Your identifier:</source>
            <translation>Su identificador:</translation>
        </message>
        <message>
            <source>This company has no did:web identifier, so there is nothing to publish on a website. Its documents verify on their own (did:key), and verifiers get its revocation status list in a trust bundle (Offline bundles tab). Customs verifiers expect did:web: create a did:web key on the Keys page.</source>
            <translation>Esta empresa no tiene un identificador did:web, así que no hay nada que publicar en un sitio web. Sus documentos se verifican por sí solos (did:key) y los verificadores reciben su lista de estado de revocación en un paquete de confianza (pestaña Paquetes sin conexión). Los verificadores de aduanas esperan did:web: cree una llave did:web en la página Llaves.</translation>
        </message>
        <message>
            <source>&amp;Write publishing kit…</source>
            <translation>&amp;Generar archivos de publicación…</translation>
        </message>
        <message>
            <source>&amp;Check my website</source>
            <translation>Co&amp;mprobar mi sitio web</translation>
        </message>
    </context>
    <context>
        <name>Publishing</name>
        <message>
            <source>Set up your company and its signing key first.</source>
            <translation>Primero configure su empresa y su llave de firma.</translation>
        </message>
        <message>
            <source>The publishing kit is in {folder}.</source>
            <translation>Los archivos de publicación están en {folder}.</translation>
        </message>
        <message>
            <source>Publishing kit written</source>
            <translation>Archivos de publicación generados</translation>
        </message>
        <message>
            <source>Upload everything in it, including the hidden “.well-known” folder, to the root of your website, without renaming anything. {readme} explains it for your webmaster, in Spanish and English.</source>
            <translation>Suba todo el contenido de la carpeta, incluida la carpeta oculta “.well-known”, a la raíz de su sitio web, sin cambiar ningún nombre. {readme} lo explica a su administrador web, en español e inglés.</translation>
        </message>
        <message>
            <source>Choose the folder for the publishing kit</source>
            <translation>Elija la carpeta para los archivos de publicación</translation>
        </message>
    </context>
    <context>
        <name>RenameKeyDialog</name>
        <message>
            <source>Rename key</source>
            <translation>Cambiar el nombre de la llave</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>The name is only for you; it is not part of the signature.</source>
            <translation>El nombre es solo para usted; no forma parte de la firma.</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Cambiar &amp;nombre</translation>
        </message>
    </context>
    <context>
        <name>RepeatableSection</name>
        <message>
            <source>Delete {row}?</source>
            <translation>¿Eliminar {row}?</translation>
        </message>
        <message>
            <source>{row} and everything typed in it will be removed from this document.</source>
            <translation>Se quitará «{row}» de este documento, con todo lo que tiene escrito.</translation>
        </message>
        <message>
            <source>Delete {row}</source>
            <translation>Eliminar {row}</translation>
        </message>
        <message>
            <source>Add {row}</source>
            <translation>Agregar {row}</translation>
        </message>
        <message>
            <source>Add an empty {row} at the end</source>
            <translation>Agregar {row} vacía al final</translation>
        </message>
    </context>
    <context>
        <name>ReportExporter</name>
        <message>
            <source>Save the verdict as JSON</source>
            <translation>Guardar el dictamen como JSON</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Save the verification report (PDF)</source>
            <translation>Guardar el informe de verificación (PDF)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>RevokeDialog</name>
        <message numerus="yes">
            <source>Revoke document(s)</source>
            <translation>
                <numerusform>Revocar documento</numerusform>
                <numerusform>Revocar documentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revoke %n document(s)? This cannot be undone.</source>
            <translation>
                <numerusform>¿Revocar %n documento? No se puede deshacer.</numerusform>
                <numerusform>¿Revocar %n documentos? No se puede deshacer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Verifiers will reject the revoked documents once your updated status list is published (on your website, or in a trust bundle). The documents stay in your records.</source>
            <translation>Los verificadores rechazarán los documentos revocados en cuanto se publique su lista de estado actualizada (en su sitio web o en un paquete de confianza). Los documentos siguen en sus registros.</translation>
        </message>
        <message>
            <source>Documents affected:</source>
            <translation>Documentos afectados:</translation>
        </message>
        <message>
            <source>Rea&amp;son (required):</source>
            <translation>&amp;Motivo (obligatorio):</translation>
        </message>
        <message>
            <source>For example: wrong heat number; replaced by a new certificate</source>
            <translation>Por ejemplo: número de colada equivocado; sustituido por un nuevo certificado</translation>
        </message>
        <message>
            <source>The reason is kept in the activity log; verifiers do not see it.</source>
            <translation>El motivo queda en el registro de actividad; los verificadores no lo ven.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Revoke %n document(s)</source>
            <translation>
                <numerusform>&amp;Revocar %n documento</numerusform>
                <numerusform>&amp;Revocar %n documentos</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>RowBox</name>
        <message>
            <source>Move {row} up</source>
            <translation>Subir {row}</translation>
        </message>
        <message>
            <source>Move {row} down</source>
            <translation>Bajar {row}</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Add a copy of {row} below it</source>
            <translation>Agregar una copia de {row} debajo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete {row}</source>
            <translation>Eliminar {row}</translation>
        </message>
    </context>
    <context>
        <name>ScanField</name>
        <message>
            <source>Click here, then scan the QR code with a handheld scanner (or paste the code's text and press Enter).</source>
            <translation>Haga clic aquí y escanee el código QR con un lector de mano (o pegue el texto del código y pulse Intro).</translation>
        </message>
        <message>
            <source>Scanner input</source>
            <translation>Entrada del lector</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>The folder could not be opened. You can find it here: {path}</source>
            <translation>No se pudo abrir la carpeta. La encontrará aquí: {path}</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Same as the computer ({language})</source>
            <translation>El mismo que la computadora ({language})</translation>
        </message>
        <message>
            <source>The change applies at once, without restarting Sello.</source>
            <translation>El cambio se aplica de inmediato, sin reiniciar Sello.</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Abrir carpeta</translation>
        </message>
        <message>
            <source>Company profiles, issued documents and the activity log are kept here. Private keys are not: they are in the key storage below.</source>
            <translation>Aquí se guardan los perfiles de empresa, los documentos emitidos y el registro de actividad. Las llaves privadas no: están en el almacén de llaves que se indica abajo.</translation>
        </message>
        <message>
            <source>Where private keys are kept</source>
            <translation>Dónde se guardan las llaves privadas</translation>
        </message>
        <message>
            <source>Signing algorithm for new keys</source>
            <translation>Algoritmo de firma para llaves nuevas</translation>
        </message>
        <message>
            <source>ES384 (P-384) — recommended, the one customs verifiers expect</source>
            <translation>ES384 (P-384) — recomendado, el que esperan los verificadores de aduanas</translation>
        </message>
        <message>
            <source>Ed25519 — for partners who ask for it</source>
            <translation>Ed25519 — para socios que lo soliciten</translation>
        </message>
        <message>
            <source>Existing keys keep their algorithm.</source>
            <translation>Las llaves existentes conservan su algoritmo.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>Sello {version} · Qt for Python {qt} · Python {python}</source>
            <translation>Sello {version} · Qt for Python {qt} · Python {python}</translation>
        </message>
        <message>
            <source>The operating system's keyring: {name}</source>
            <translation>El llavero del sistema operativo: {name}</translation>
        </message>
        <message>
            <source>Private keys are kept in the encrypted file {path}. Without its passphrase they cannot be used.</source>
            <translation>Las llaves privadas se guardan en el archivo cifrado {path}. Sin su frase de contraseña no se pueden usar.</translation>
        </message>
        <message>
            <source>Private keys are kept by the operating system (Windows Credential Manager, macOS Keychain or the Secret Service on Linux), never in a plain file.</source>
            <translation>El sistema operativo guarda las llaves privadas (Administrador de credenciales de Windows, Llavero de macOS o Secret Service en Linux), nunca en un archivo sin cifrar.</translation>
        </message>
        <message>
            <source>An encrypted file, protected by your passphrase</source>
            <translation>Un archivo cifrado, protegido con su frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up Sello</source>
            <translation>Configurar Sello</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Siguiente &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>ShipmentsPage</name>
        <message>
            <source>(no number yet)</source>
            <translation>(aún sin número)</translation>
        </message>
        <message>
            <source>Delete this draft?</source>
            <translation>¿Eliminar este borrador?</translation>
        </message>
        <message>
            <source>The draft and everything typed in it will be deleted. Issued documents are not affected.</source>
            <translation>Se eliminará el borrador con todo lo escrito en él. Los documentos emitidos no cambian.</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Eliminar borrador</translation>
        </message>
        <message>
            <source>Choose a CFDI invoice</source>
            <translation>Elegir una factura CFDI</translation>
        </message>
        <message>
            <source>CFDI invoices (*.xml)</source>
            <translation>Facturas CFDI (*.xml)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>This company has no signing key yet: create one on the Keys page, then issue the document.</source>
            <translation>Esta empresa aún no tiene llave de firma: cree una en la página Llaves y después emita el documento.</translation>
        </message>
        <message>
            <source>Shipments</source>
            <translation>Envíos</translation>
        </message>
        <message>
            <source>Set up your company first: documents are issued in its name.</source>
            <translation>Primero configure su empresa: los documentos se emiten a su nombre.</translation>
        </message>
        <message>
            <source>New document</source>
            <translation>Documento nuevo</translation>
        </message>
    </context>
    <context>
        <name>SigningKeyPage</name>
        <message>
            <source>Checking where this computer can keep the private key…</source>
            <translation>Comprobando dónde puede guardar esta computadora la llave privada…</translation>
        </message>
        <message>
            <source>The private key will be kept in this computer’s keyring ({name}). It never leaves it, except in the protected backup you make next.</source>
            <translation>La llave privada se guardará en el llavero de esta computadora ({name}). Nunca sale de ahí, salvo en el respaldo protegido que hará a continuación.</translation>
        </message>
        <message>
            <source>This computer has no keyring Sello can use; the next step offers a file protected by a passphrase instead.</source>
            <translation>Esta computadora no tiene un llavero que Sello pueda usar; el siguiente paso ofrece en su lugar un archivo protegido con una frase de contraseña.</translation>
        </message>
        <message>
            <source>Your signing key</source>
            <translation>Su llave de firma</translation>
        </message>
        <message>
            <source>Sello signs every document with this key. Verifiers use its public part to check the signature.</source>
            <translation>Sello firma cada documento con esta llave. Los verificadores usan su parte pública para comprobar la firma.</translation>
        </message>
        <message>
            <source>&amp;Create key</source>
            <translation>&amp;Crear llave</translation>
        </message>
    </context>
    <context>
        <name>SpecPanel</name>
        <message>
            <source>Values outside %s</source>
            <translation>Valores fuera de %s</translation>
        </message>
        <message>
            <source>Compare them with the laboratory's results. If they are right, confirm below: the confirmation is kept in the audit log.</source>
            <translation>Compárelos con los resultados del laboratorio. Si son correctos, confírmelo abajo: la confirmación queda en el registro de auditoría.</translation>
        </message>
        <message>
            <source>They are right: issue anyway</source>
            <translation>Son correctos: emitir de todos modos</translation>
        </message>
        <message>
            <source>Product specification</source>
            <translation>Especificación del producto</translation>
        </message>
        <message>
            <source>The PDF will say: %s</source>
            <translation>El PDF dirá: %s</translation>
        </message>
    </context>
    <context>
        <name>StartPanel</name>
        <message>
            <source>Start a document</source>
            <translation>Empezar un documento</translation>
        </message>
        <message>
            <source>Choose the kind of document. It is saved as a draft while you type, so you can close Sello and continue later.</source>
            <translation>Elija el tipo de documento. Se guarda como borrador mientras escribe, así que puede cerrar Sello y continuar después.</translation>
        </message>
        <message>
            <source>Or start from a file:</source>
            <translation>O empiece desde un archivo:</translation>
        </message>
        <message>
            <source>From a CFDI invoice (XML)</source>
            <translation>Desde una factura CFDI (XML)</translation>
        </message>
        <message>
            <source>Fill a document with the data of a stamped CFDI 4.0: an export invoice (Comercio Exterior complement) or, for the bill of lading, a Carta Porte 3.1</source>
            <translation>Llenar un documento con los datos de un CFDI 4.0 timbrado: una factura de exportación (complemento de Comercio Exterior) o, para la carta de porte, un CFDI con Carta Porte 3.1</translation>
        </message>
        <message>
            <source>Many documents from a CSV file…</source>
            <translation>Muchos documentos desde un archivo CSV…</translation>
        </message>
        <message>
            <source>Issue one document per line of a spreadsheet saved as CSV</source>
            <translation>Emitir un documento por cada línea de una hoja de cálculo guardada como CSV</translation>
        </message>
    </context>
    <context>
        <name>StatusBarWidget</name>
        <message>
            <source>none set up yet</source>
            <translation>aún no configurada</translation>
        </message>
        <message>
            <source>Switch to another company profile</source>
            <translation>Cambiar a otro perfil de empresa</translation>
        </message>
        <message>
            <source>none — create one in Keys</source>
            <translation>ninguna — cree una en Llaves</translation>
        </message>
        <message>
            <source>OS keyring</source>
            <translation>llavero del sistema</translation>
        </message>
        <message>
            <source>encrypted file</source>
            <translation>archivo cifrado</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}
Issuer: {did}</source>
            <translation>Huella digital: {fingerprint}
Emisor: {did}</translation>
        </message>
        <message>
            <source>Company:</source>
            <translation>Empresa:</translation>
        </message>
        <message>
            <source>Signing key:</source>
            <translation>Llave de firma:</translation>
        </message>
    </context>
    <context>
        <name>TrustFreshness</name>
        <message>
            <source>Trust bundle of {date} from {operator} imported.</source>
            <translation>Se importó el paquete de confianza del {date} de {operator}.</translation>
        </message>
        <message>
            <source>Import a trust bundle</source>
            <translation>Importar un paquete de confianza</translation>
        </message>
        <message>
            <source>Sello trust bundles (*.sello-bundle)</source>
            <translation>Paquetes de confianza de Sello (*.sello-bundle)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Trust data as of {date}.</source>
            <translation>Datos de confianza al {date}.</translation>
        </message>
        <message>
            <source>No trust bundle imported yet: issuers' keys come from their websites and the copies saved here.</source>
            <translation>Aún no se ha importado un paquete de confianza: las claves de los emisores se obtienen de sus sitios web y de las copias guardadas aquí.</translation>
        </message>
    </context>
    <context>
        <name>TrustListsPanel</name>
        <message>
            <source>expired</source>
            <translation>vencida</translation>
        </message>
        <message>
            <source>Issuers on “{name}” (valid from {start}):</source>
            <translation>Emisores en «{name}» (vigente desde el {start}):</translation>
        </message>
        <message>
            <source>Issuers on the selected list:</source>
            <translation>Emisores de la lista seleccionada:</translation>
        </message>
        <message>
            <source>Import a signed trust list</source>
            <translation>Importar una lista de confianza firmada</translation>
        </message>
        <message>
            <source>Signed trust lists (*.jwt *.txt)</source>
            <translation>Listas de confianza firmadas (*.jwt *.txt)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>Imported “{name}” (version {version}, %n issuer(s)) from {operator}.</source>
            <translation>
                <numerusform>Se importó «{name}» (versión {version}, %n emisor) de {operator}.</numerusform>
                <numerusform>Se importó «{name}» (versión {version}, %n emisores) de {operator}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove trust list</source>
            <translation>Quitar lista de confianza</translation>
        </message>
        <message>
            <source>Remove “{name}”? Documents from the issuers on it will no longer show as trusted on this computer.</source>
            <translation>¿Quitar «{name}»? Los documentos de sus emisores dejarán de aparecer como de confianza en esta computadora.</translation>
        </message>
        <message>
            <source>Remove list</source>
            <translation>Quitar lista</translation>
        </message>
        <message>
            <source>Removed “{name}”.</source>
            <translation>Se quitó «{name}».</translation>
        </message>
        <message>
            <source>You now trust lists signed by {name}.</source>
            <translation>Ahora confía en las listas firmadas por {name}.</translation>
        </message>
        <message>
            <source>Stop trusting an operator</source>
            <translation>Dejar de confiar en un operador</translation>
        </message>
        <message>
            <source>Stop trusting {name}? Its trust lists are removed from this computer too.</source>
            <translation>¿Dejar de confiar en {name}? Sus listas de confianza también se quitan de esta computadora.</translation>
        </message>
        <message>
            <source>Stop trusting</source>
            <translation>Dejar de confiar</translation>
        </message>
        <message>
            <source>Trust lists on this computer</source>
            <translation>Listas de confianza en esta computadora</translation>
        </message>
        <message>
            <source>A trust list names the mills and brokers an operator (a chamber of commerce, an authority) vouches for. Verifying a document from an issuer on a current list shows who it is, in green.</source>
            <translation>Una lista de confianza nombra a las acereras y agentes aduanales que respalda un operador (una cámara, una autoridad). Al verificar un documento de un emisor que está en una lista vigente, se muestra quién es, en verde.</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Issuers</source>
            <translation>Emisores</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Vigente hasta</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Razón social</translation>
        </message>
        <message>
            <source>RFC</source>
            <translation>RFC</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Funciones</translation>
        </message>
        <message>
            <source>Identifier (DID)</source>
            <translation>Identificador (DID)</translation>
        </message>
        <message>
            <source>&amp;Import list…</source>
            <translation>&amp;Importar lista…</translation>
        </message>
        <message>
            <source>&amp;Remove list…</source>
            <translation>&amp;Quitar lista…</translation>
        </message>
        <message>
            <source>Operators you trust</source>
            <translation>Operadores de confianza</translation>
        </message>
        <message>
            <source>Lists are accepted only from operators you trust. Add one by its identifier (DID), as the operator published it.</source>
            <translation>Solo se aceptan listas de operadores de su confianza. Agregue uno por su identificador (DID), tal como el operador lo publicó.</translation>
        </message>
        <message>
            <source>Trusted since</source>
            <translation>De confianza desde</translation>
        </message>
        <message>
            <source>Operator's DID (did:web:…, did:key:…)</source>
            <translation>DID del operador (did:web:…, did:key:…)</translation>
        </message>
        <message>
            <source>Operator's name</source>
            <translation>Nombre del operador</translation>
        </message>
        <message>
            <source>&amp;Trust operator</source>
            <translation>&amp;Confiar en el operador</translation>
        </message>
        <message>
            <source>&amp;Stop trusting…</source>
            <translation>&amp;Dejar de confiar…</translation>
        </message>
    </context>
    <context>
        <name>TrustPage</name>
        <message>
            <source>Trust</source>
            <translation>Confianza</translation>
        </message>
        <message>
            <source>A signature proves a document is unaltered; trust says who signed it. Publish your keys so verifiers can check your documents, and choose whose trust lists this computer accepts.</source>
            <translation>Una firma prueba que un documento no fue alterado; la confianza dice quién lo firmó. Publique sus llaves para que los verificadores puedan comprobar sus documentos, y elija de quién acepta listas de confianza esta computadora.</translation>
        </message>
        <message>
            <source>&amp;Publishing</source>
            <translation>&amp;Publicación</translation>
        </message>
        <message>
            <source>Trust &amp;lists</source>
            <translation>&amp;Listas de confianza</translation>
        </message>
        <message>
            <source>Lists I &amp;operate</source>
            <translation>Listas que admi&amp;nistro</translation>
        </message>
        <message>
            <source>Offline &amp;bundles</source>
            <translation>Paquetes &amp;sin conexión</translation>
        </message>
    </context>
    <context>
        <name>TrustRoles</name>
        <message>
            <source>Mill</source>
            <translation>Acerera</translation>
        </message>
        <message>
            <source>Customs broker</source>
            <translation>Agente aduanal</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transportista</translation>
        </message>
    </context>
    <context>
        <name>VerdictPanel</name>
        <message>
            <source>Verifying…</source>
            <translation>Verificando…</translation>
        </message>
        <message>
            <source>Checking the signature, the issuer's key, the dates, the revocation status and the trust lists.</source>
            <translation>Se comprueban la firma, la clave del emisor, las fechas, el estado de revocación y las listas de confianza.</translation>
        </message>
        <message>
            <source>This input could not be verified</source>
            <translation>No se pudo verificar esta entrada</translation>
        </message>
        <message>
            <source>Something went wrong; the details are in the log.</source>
            <translation>Algo salió mal; los detalles están en el registro.</translation>
        </message>
        <message>
            <source>Ready to verify</source>
            <translation>Listo para verificar</translation>
        </message>
        <message>
            <source>Hold the document's QR code in front of the camera, scan it with a handheld scanner, or open a photo, a PDF or a credential file.</source>
            <translation>Muestre el código QR del documento a la cámara, escanéelo con un lector de mano, o abra una foto, un PDF o un archivo de credencial.</translation>
        </message>
        <message>
            <source>Tips</source>
            <translation>Consejos</translation>
        </message>
        <message>
            <source>Hold the page flat, 15 to 30 cm from the camera, with the light behind you: the green frame shows when the code is found.</source>
            <translation>Sostenga la hoja plana, a 15–30 cm de la cámara y con la luz a su espalda: el marco verde aparece cuando se encuentra el código.</translation>
        </message>
        <message>
            <source>A code printed in several parts: show each part in turn, in any order.</source>
            <translation>Un código impreso en varias partes: muestre cada parte, una tras otra, en cualquier orden.</translation>
        </message>
        <message>
            <source>A handheld scanner must type with the US keyboard layout; Sello says so when it does not.</source>
            <translation>Un lector de mano debe escribir con la distribución de teclado de EE. UU.; Sello avisa cuando no es así.</translation>
        </message>
        <message>
            <source>Compare the highlighted values with the paper: heat numbers, countries, weights and HS codes.</source>
            <translation>Compare con el papel los valores resaltados: números de colada, países, pesos y fracciones arancelarias.</translation>
        </message>
        <message>
            <source>Genuine</source>
            <translation>Auténtico</translation>
        </message>
        <message>
            <source>Genuine — check the notes below</source>
            <translation>Auténtico — revise las notas de abajo</translation>
        </message>
        <message>
            <source>Cannot confirm — this is not a rejection</source>
            <translation>No se puede confirmar — esto no es un rechazo</translation>
        </message>
        <message>
            <source>Do not accept</source>
            <translation>No aceptar</translation>
        </message>
        <message>
            <source>Next step:</source>
            <translation>Siguiente paso:</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Comprobaciones</translation>
        </message>
        <message>
            <source>Document: {doc}</source>
            <translation>Documento: {doc}</translation>
        </message>
        <message>
            <source>Highlighted: the values to compare with the paper.</source>
            <translation>Resaltados: los valores que hay que comparar con el papel.</translation>
        </message>
        <message>
            <source>Not confirmed: the signature does not vouch for these values. They are shown only to compare with the paper.</source>
            <translation>No confirmado: la firma no respalda estos valores. Se muestran solo para compararlos con el papel.</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Guardado: {path}</translation>
        </message>
        <message>
            <source>Copy as JSON</source>
            <translation>Copiar como JSON</translation>
        </message>
        <message>
            <source>Save JSON…</source>
            <translation>Guardar JSON…</translation>
        </message>
        <message>
            <source>Save PDF report…</source>
            <translation>Guardar informe PDF…</translation>
        </message>
    </context>
    <context>
        <name>VerifierView</name>
        <message>
            <source>Photos, PDFs and credentials ({patterns})</source>
            <translation>Fotos, PDF y credenciales ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Open a document to verify</source>
            <translation>Abrir un documento para verificarlo</translation>
        </message>
        <message>
            <source>To fix it for good, set the scanner to the US keyboard layout (in the scanner's setup guide: “keyboard emulation: US” or “country: USA”), or switch this computer's keyboard to English (US) while scanning.</source>
            <translation>Para corregirlo de forma permanente, configure el lector con la distribución de teclado de EE. UU. (en la guía de configuración del lector: «keyboard emulation: US» o «country: USA»), o cambie el teclado de esta computadora a inglés (EE. UU.) mientras escanea.</translation>
        </message>
        <message>
            <source>The scanner typed characters that a Sello QR code never contains ({chars}): its keyboard layout does not match this computer's{layout}.</source>
            <translation>El lector escribió caracteres que un código QR de Sello nunca contiene ({chars}): su distribución de teclado no coincide con la de esta computadora{layout}.</translation>
        </message>
        <message>
            <source> (this computer uses a {name} layout)</source>
            <translation> (esta computadora usa la distribución {name})</translation>
        </message>
        <message>
            <source>Then scan again.</source>
            <translation>Luego escanee de nuevo.</translation>
        </message>
        <message>
            <source>The scanner typed with a {name} keyboard layout, so characters arrived changed (“{typed}” instead of “{meant}”). Sello undid this for this scan.</source>
            <translation>El lector escribió con una distribución de teclado {name}, así que algunos caracteres llegaron cambiados («{typed}» en lugar de «{meant}»). Sello lo corrigió en esta lectura.</translation>
        </message>
        <message>
            <source>The scanner typed lower-case letters (is Caps Lock on?). Sello corrected them: a Sello code uses capitals only.</source>
            <translation>El lector escribió letras minúsculas (¿está activado Bloq Mayús?). Sello las corrigió: un código de Sello solo usa mayúsculas.</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>española</translation>
        </message>
        <message>
            <source>German (QWERTZ)</source>
            <translation>alemana (QWERTZ)</translation>
        </message>
        <message>
            <source>French (AZERTY)</source>
            <translation>francesa (AZERTY)</translation>
        </message>
        <message>
            <source>Handheld scanner</source>
            <translation>Lector de mano</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Open file…</source>
            <translation>Abrir archivo…</translation>
        </message>
        <message>
            <source>Scan next document</source>
            <translation>Escanear el siguiente documento</translation>
        </message>
        <message>
            <source>Or drop a photo, a PDF, a .jwt or a JSON credential anywhere here.</source>
            <translation>O suelte aquí una foto, un PDF, un .jwt o una credencial JSON.</translation>
        </message>
    </context>
    <context>
        <name>VerifierWindow</name>
        <message>
            <source>Sello — Verify documents</source>
            <translation>Sello — Verificar documentos</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Open a file to verify…</source>
            <translation>&amp;Abrir un archivo para verificarlo…</translation>
        </message>
        <message>
            <source>Scan the &amp;next document</source>
            <translation>Escanear el &amp;siguiente documento</translation>
        </message>
        <message>
            <source>&amp;Export the history as CSV…</source>
            <translation>&amp;Exportar el historial como CSV…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Trust</source>
            <translation>&amp;Confianza</translation>
        </message>
        <message>
            <source>&amp;Import bundle…</source>
            <translation>&amp;Importar paquete…</translation>
        </message>
        <message>
            <source>&amp;Trust an operator from a file…</source>
            <translation>&amp;Confiar en un operador desde un archivo…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Verify a document</source>
            <translation>Verificar un documento</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
    </context>
    <context>
        <name>WebsiteCheckView</name>
        <message>
            <source>Checking your website…</source>
            <translation>Comprobando su sitio web…</translation>
        </message>
        <message>
            <source>Your website serves exactly what this computer has ({when}).</source>
            <translation>Su sitio web publica exactamente lo que tiene esta computadora ({when}).</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be downloaded from your website ({when}). Check that the publishing kit is uploaded and that this computer is online, then check again.</source>
            <translation>
                <numerusform>No se pudo descargar %n archivo de su sitio web ({when}). Revise que el paquete de publicación esté subido y que esta computadora tenga conexión, y vuelva a revisar.</numerusform>
                <numerusform>No se pudieron descargar %n archivos de su sitio web ({when}). Revise que el paquete de publicación esté subido y que esta computadora tenga conexión, y vuelva a revisar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n difference(s) found on your website ({when}). Write the publishing kit again and upload it.</source>
            <translation>
                <numerusform>Se encontró %n diferencia en su sitio web ({when}). Genere de nuevo los archivos de publicación y súbalos.</numerusform>
                <numerusform>Se encontraron %n diferencias en su sitio web ({when}). Genere de nuevo los archivos de publicación y súbalos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WebsiteDifferenceTexts</name>
        <message>
            <source>Could not be downloaded: {reason}</source>
            <translation>No se pudo descargar: {reason}</translation>
        </message>
        <message>
            <source>Is not a valid DID document: {reason}</source>
            <translation>No es un documento DID válido: {reason}</translation>
        </message>
        <message>
            <source>Lists a key this computer does not have: {key}</source>
            <translation>Incluye una llave que esta computadora no tiene: {key}</translation>
        </message>
        <message>
            <source>Is missing the key {key}: upload the new did.json.</source>
            <translation>Le falta la llave {key}: suba el nuevo did.json.</translation>
        </message>
        <message>
            <source>Publishes a different public key under {key}.</source>
            <translation>Publica otra llave pública con el nombre {key}.</translation>
        </message>
        <message>
            <source>Does not authorise {key} to sign documents.</source>
            <translation>No autoriza a {key} para firmar documentos.</translation>
        </message>
        <message>
            <source>Cannot be checked until did.json is right.</source>
            <translation>No se puede comprobar hasta que did.json esté correcto.</translation>
        </message>
        <message>
            <source>Is not a valid status list: {reason}</source>
            <translation>No es una lista de estado válida: {reason}</translation>
        </message>
        <message>
            <source>Has {live} entries; this computer's list has {ours}.</source>
            <translation>Tiene {live} registros; la lista de esta computadora tiene {ours}.</translation>
        </message>
        <message numerus="yes">
            <source>Is out of date: %n revocation(s) are not published yet. Upload the new status list.</source>
            <translation>
                <numerusform>Está desactualizada: %n revocación aún no está publicada. Suba la nueva lista de estado.</numerusform>
                <numerusform>Está desactualizada: %n revocaciones aún no están publicadas. Suba la nueva lista de estado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marks %n document(s) revoked that this computer does not.</source>
            <translation>
                <numerusform>Marca como revocado %n documento que esta computadora no tiene revocado.</numerusform>
                <numerusform>Marca como revocados %n documentos que esta computadora no tiene revocados.</numerusform>
            </translation>
        </message>
        <message>
            <source>the website answered “not found” (HTTP 404): the file is not uploaded there yet.</source>
            <translation>el sitio web respondió “no encontrado” (HTTP 404): el archivo aún no está subido ahí.</translation>
        </message>
        <message>
            <source>the website answered with an error (HTTP {status}).</source>
            <translation>el sitio web respondió con un error (HTTP {status}).</translation>
        </message>
        <message>
            <source>the website did not answer in time.</source>
            <translation>el sitio web no respondió a tiempo.</translation>
        </message>
        <message>
            <source>no connection to the website ({reason})</source>
            <translation>no hay conexión con el sitio web ({reason})</translation>
        </message>
        <message>
            <source>the website's certificate could not be verified; Sello does not trust it.</source>
            <translation>no se pudo verificar el certificado del sitio web; Sello no confía en él.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Sello</source>
            <translation>Bienvenido a Sello</translation>
        </message>
        <message>
            <source>Let’s prepare Sello for your company. It takes about two minutes.</source>
            <translation>Preparemos Sello para su empresa. Toma unos dos minutos.</translation>
        </message>
        <message>
            <source>Sello signs your export documents, so anyone can check that they come from your company and were not changed.
It prints them with a QR code that U.S. border staff can verify, even offline.</source>
            <translation>Sello firma sus documentos de exportación, para que cualquiera pueda comprobar que vienen de su empresa y no fueron modificados.
Los imprime con un código QR que el personal fronterizo de EE. UU. puede verificar, incluso sin internet.</translation>
        </message>
        <message>
            <source>Next you will:
1. enter your company’s details,
2. create its signing key, kept safe on this computer,
3. save a protected backup copy of that key.</source>
            <translation>A continuación usted:
1. capturará los datos de su empresa,
2. creará su llave de firma, guardada de forma segura en esta computadora,
3. guardará una copia de respaldo protegida de esa llave.</translation>
        </message>
    </context>
    <context>
        <name>InboxPage</name>
        <message>
            <source>Showing {shown} of {total} received presentations</source>
            <translation>Mostrando {shown} de {total} presentaciones recibidas</translation>
        </message>
        <message>
            <source>Nothing received yet. Presentations partners send to your Sello API appear here.</source>
            <translation>Aún no ha recibido nada. Aquí aparecen las presentaciones que sus socios envían a su API de Sello.</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
        <message>
            <source>Export received presentations</source>
            <translation>Exportar presentaciones recibidas</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Recibidos</translation>
        </message>
        <message>
            <source>Documents partners sent to your Sello API. Each one was verified when it arrived; open a document to see every check.</source>
            <translation>Documentos que sus socios enviaron a su API de Sello. Cada uno se verificó al llegar; abra un documento para ver cada comprobación.</translation>
        </message>
        <message>
            <source>Search sender, shipment or issuer</source>
            <translation>Buscar remitente, embarque o emisor</translation>
        </message>
        <message>
            <source>All verdicts</source>
            <translation>Todos los resultados</translation>
        </message>
        <message>
            <source>Unread only</source>
            <translation>Solo no leídos</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Open in Verify</source>
            <translation>Abrir en Verificar</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Emisor</translation>
        </message>
        <message>
            <source>Document id</source>
            <translation>Id del documento</translation>
        </message>
    </context>
    <context>
        <name>InboxTableModel</name>
        <message>
            <source>✓ Valid</source>
            <translation>✓ Válido</translation>
        </message>
        <message>
            <source>! Valid, with caveats</source>
            <translation>! Válido, con salvedades</translation>
        </message>
        <message>
            <source>✗ Invalid</source>
            <translation>✗ Inválido</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>Embarque</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Resultado</translation>
        </message>
    </context>
    <context>
        <name>OutboxPanel</name>
        <message>
            <source>Failed</source>
            <translation>Fallido</translation>
        </message>
        <message>
            <source>Waiting to retry</source>
            <translation>En espera de reintento</translation>
        </message>
        <message>
            <source>Outbox: {delivered} delivered, {pending} waiting, {failed} failed</source>
            <translation>Bandeja de salida: {delivered} entregados, {pending} en espera, {failed} fallidos</translation>
        </message>
        <message>
            <source>Delivered to {name}.</source>
            <translation>Entregado a {name}.</translation>
        </message>
        <message>
            <source>Send…</source>
            <translation>Enviar…</translation>
        </message>
        <message>
            <source>Send the selected documents to a partner's system</source>
            <translation>Enviar los documentos seleccionados al sistema de un socio</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En cola desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>RecipientDialog</name>
        <message>
            <source>New recipient</source>
            <translation>Nuevo destinatario</translation>
        </message>
        <message>
            <source>A partner that receives documents over the Traceability API gives you its DID and an OAuth client. The client secret is kept in your key store, never in Sello's database.</source>
            <translation>Un socio que recibe documentos por la API de trazabilidad le da su DID y un cliente OAuth. El secreto del cliente se guarda en su almacén de llaves, nunca en la base de datos de Sello.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Partner DID (did:web)</source>
            <translation>DID del socio (did:web)</translation>
        </message>
        <message>
            <source>OAuth client id</source>
            <translation>Client id de OAuth</translation>
        </message>
        <message>
            <source>Token endpoint</source>
            <translation>Servicio de tokens</translation>
        </message>
        <message>
            <source>Client secret</source>
            <translation>Secreto del cliente</translation>
        </message>
        <message>
            <source>Audience (optional)</source>
            <translation>Audiencia (opcional)</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Permisos (scopes)</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <source>{did} • client {client}</source>
            <translation>{did} • cliente {client}</translation>
        </message>
        <message>
            <source>No recipient yet: add the partner that will receive the documents.</source>
            <translation>Aún no hay destinatarios: agregue al socio que recibirá los documentos.</translation>
        </message>
        <message>
            <source>Signing and sending to {name}…</source>
            <translation>Firmando y enviando a {name}…</translation>
        </message>
        <message>
            <source>✓ Delivered to {name}: its system accepted the presentation.</source>
            <translation>✓ Entregado a {name}: su sistema aceptó la presentación.</translation>
        </message>
        <message>
            <source>Not delivered yet: {reason} It waits in the outbox.</source>
            <translation>Aún no se entrega: {reason} Espera en la bandeja de salida.</translation>
        </message>
        <message>
            <source>✗ Not delivered: {reason} Fix it, then use Retry on the Documents page.</source>
            <translation>✗ No se entregó: {reason} Corríjalo y use Reintentar en la página Documentos.</translation>
        </message>
        <message>
            <source>Send documents</source>
            <translation>Enviar documentos</translation>
        </message>
        <message>
            <source>Sello signs the chosen documents into one presentation with your company key and sends it to the partner's system over its Traceability API. If the partner cannot be reached, it waits in the outbox and is sent later.</source>
            <translation>Sello firma los documentos elegidos en una sola presentación con la llave de su empresa y la envía al sistema del socio por su API de trazabilidad. Si no se puede contactar al socio, espera en la bandeja de salida y se envía después.</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>New recipient…</source>
            <translation>Nuevo destinatario…</translation>
        </message>
        <message>
            <source>e.g. shipment or order number (optional)</source>
            <translation>p. ej. número de embarque o de pedido (opcional)</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <source>Shipment reference</source>
            <translation>Referencia del embarque</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>{path} could not be written: {reason}.</source>
            <translation>No se pudo escribir {path}: {reason}.</translation>
        </message>
        <message>
            <source>The key that signed {document} is no longer on this computer.</source>
            <translation>La llave que firmó {document} ya no está en esta computadora.</translation>
        </message>
        <message>
            <source>Choose another file name: that is the document's own PDF.</source>
            <translation>Elija otro nombre de archivo: ese es el PDF del propio documento.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>The printer could not start the job. Check that it is connected and try again.</source>
            <translation>La impresora no pudo iniciar el trabajo. Compruebe que esté conectada y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>ScanPipeline</name>
        <message>
            <source>Started over: this part belongs to another document.</source>
            <translation>Se empezó de nuevo: esta parte pertenece a otro documento.</translation>
        </message>
    </context>
    <context>
        <name>TrustFiles</name>
        <message>
            <source>{name} cannot be read: {reason}.</source>
            <translation>{name} no se puede leer: {reason}.</translation>
        </message>
        <message>
            <source>{name} is too large to be a signed trust list.</source>
            <translation>{name} es demasiado grande para ser una lista de confianza firmada.</translation>
        </message>
        <message>
            <source>{name} is not a signed trust list (not text).</source>
            <translation>{name} no es una lista de confianza firmada (no es texto).</translation>
        </message>
        <message>
            <source>A trust list is valid for 1 to 60 months.</source>
            <translation>Una lista de confianza tiene vigencia de 1 a 60 meses.</translation>
        </message>
        <message>
            <source>The company has no current signing key to sign the list with.</source>
            <translation>La empresa no tiene una llave de firma vigente con la cual firmar la lista.</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}.</source>
            <translation>No se pudo escribir {path}: {reason}.</translation>
        </message>
    </context>
</TS>
