<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Accessibility</name>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Quitar la última capa oculta</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>Añadir una capa oculta</translation>
    </message>
    <message>
        <source>Learning rate quick picks</source>
        <translation>Selección rápida de tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Velocidad de entrenamiento</translation>
    </message>
    <message>
        <source>Water tap</source>
        <translation>Grifo de agua</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Qué observar</translation>
    </message>
    <message>
        <source>Explorer tabs</source>
        <translation>Pestañas del explorador</translation>
    </message>
    <message>
        <source>Trainer tabs</source>
        <translation>Pestañas del entrenador</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Ajustes de la red</translation>
    </message>
    <message>
        <source>Activations shown</source>
        <translation>Activaciones mostradas</translation>
    </message>
    <message>
        <source>Properties of the activations</source>
        <translation>Propiedades de las activaciones</translation>
    </message>
    <message>
        <source>Timeline: the step shown</source>
        <translation>Línea de tiempo: el paso mostrado</translation>
    </message>
    <message>
        <source>Select the whole table</source>
        <translation>Seleccionar toda la tabla</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>f(z) and f′(z) of every activation side by side, and their properties</source>
        <translation>f(z) y f′(z) de cada activación lado a lado, y sus propiedades</translation>
    </message>
    <message>
        <source>A small network training live on 2-D points; dead neurons greyed as they die</source>
        <translation>Una red pequeña que se entrena en directo con puntos 2D; las neuronas muertas se vuelven grises al morir</translation>
    </message>
    <message>
        <source>The water-tap picture of a neuron: a ReLU pipe clogs below zero, a leaky one drips</source>
        <translation>La neurona como grifo de agua: la tubería ReLU se atasca bajo cero, una con fuga gotea</translation>
    </message>
    <message>
        <source>The guided lesson: its text, what to watch and its steps</source>
        <translation>La lección guiada: su texto, qué observar y sus pasos</translation>
    </message>
    <message>
        <source>One neuron looked at closely: its z over the inputs, its weights</source>
        <translation>Una neurona vista de cerca: su z sobre las entradas, sus pesos</translation>
    </message>
    <message>
        <source>The settings of the network and its data; Tab walks them top to bottom</source>
        <translation>Los ajustes de la red y sus datos; Tab los recorre de arriba abajo</translation>
    </message>
    <message>
        <source>Type a value, or change it with the Up and Down arrow keys</source>
        <translation>Escribe un valor o cámbialo con las flechas arriba y abajo</translation>
    </message>
    <message>
        <source>Choose with the Up and Down arrow keys; Alt+Down opens the list</source>
        <translation>Elige con las flechas arriba y abajo; Alt+Abajo abre la lista</translation>
    </message>
    <message>
        <source>Move it with the arrow keys, Page Up and Page Down</source>
        <translation>Muévelo con las flechas, Re Pág y Av Pág</translation>
    </message>
    <message>
        <source>The Left and Right arrow keys choose a tab</source>
        <translation>Las flechas izquierda y derecha eligen una pestaña</translation>
    </message>
    <message>
        <source>Move through it with the arrow keys</source>
        <translation>Recórrelo con las flechas</translation>
    </message>
    <message>
        <source>A plot; the mouse reads values, the wheel zooms</source>
        <translation>Un gráfico; el ratón lee valores, la rueda hace zoom</translation>
    </message>
    <message>
        <source>Scroll it with the arrow keys and Page Up / Page Down</source>
        <translation>Desplázalo con las flechas y Re Pág / Av Pág</translation>
    </message>
    <message>
        <source>Plot: {title} over {axis}</source>
        <translation>Gráfico: {title} frente a {axis}</translation>
    </message>
    <message>
        <source>Plot: {title}</source>
        <translation>Gráfico: {title}</translation>
    </message>
    <message>
        <source>{panel} panel</source>
        <translation>Panel {panel}</translation>
    </message>
    <message>
        <source>Pages: {pages}. Ctrl+Tab turns to the next</source>
        <translation>Páginas: {pages}. Ctrl+Tab pasa a la siguiente</translation>
    </message>
    <message>
        <source>The {panel} panel</source>
        <translation>El panel {panel}</translation>
    </message>
    <message>
        <source>Space switches it on or off</source>
        <translation>Espacio lo activa o desactiva</translation>
    </message>
    <message>
        <source>Space presses it</source>
        <translation>Espacio lo pulsa</translation>
    </message>
    <message>
        <source>The {page} page of the {panel} panel</source>
        <translation>La página {page} del panel {panel}</translation>
    </message>
    <message>
        <source>The {page} page</source>
        <translation>La página {page}</translation>
    </message>
    <message>
        <source>Part of the {panel} panel</source>
        <translation>Parte del panel {panel}</translation>
    </message>
    <message>
        <source>Part of the window</source>
        <translation>Parte de la ventana</translation>
    </message>
</context>
<context>
    <name>ActivationList</name>
    <message>
        <source>Tick the activations to compare; each has its own colour and line.</source>
        <translation>Marca las activaciones que quieras comparar; cada una tiene su color y su línea.</translation>
    </message>
</context>
<context>
    <name>Activations</name>
    <message>
        <source>{name}: {param} must be a number, got {value}</source>
        <translation>{name}: {param} debe ser un número, se recibió {value}</translation>
    </message>
    <message>
        <source>{name}: {param} must be in {bracket}{low}, {high}], got {value}</source>
        <translation>{name}: {param} debe estar en {bracket}{low}, {high}], se recibió {value}</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Escalón</translation>
    </message>
    <message>
        <source>Linear (identity)</source>
        <translation>Lineal (identidad)</translation>
    </message>
    <message>
        <source>PReLU (learned slope)</source>
        <translation>PReLU (pendiente aprendida)</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU (swish)</translation>
    </message>
    <message>
        <source>unknown activation {name}; choose one of: {names}</source>
        <translation>activación desconocida {name}; elige una de: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{name}: unknown parameter {unknown}; allowed: {allowed}</source>
        <translation>{name}: parámetro desconocido {unknown}; permitidos: {allowed}</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <source>Network output</source>
        <translation>Salida de la red</translation>
    </message>
    <message>
        <source>The network&apos;s output for every point of the plane: blue for class 1 (or a positive target), orange for class 0 (negative), white where it is undecided. Filled dots: training points; rings: test points</source>
        <translation>La salida de la red en cada punto del plano: azul para la clase 1 (u objetivo positivo), naranja para la clase 0 (negativo), blanco donde está indecisa. Puntos rellenos: datos de entrenamiento; anillos: datos de prueba</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Guided lesson</source>
        <translation>Lección guiada</translation>
    </message>
    <message>
        <source>{title}. Press B for a burst.</source>
        <translation>{title}. Pulsa B para una ráfaga.</translation>
    </message>
    <message>
        <source>{title}. Press Space to train.</source>
        <translation>{title}. Pulsa Espacio para entrenar.</translation>
    </message>
    <message>
        <source>The first lesson</source>
        <translation>La primera lección</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>Lección &amp;anterior</translation>
    </message>
    <message>
        <source>Go back one lesson</source>
        <translation>Volver una lección atrás</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>Lección &amp;siguiente</translation>
    </message>
    <message>
        <source>Go on to the next lesson</source>
        <translation>Pasar a la lección siguiente</translation>
    </message>
    <message>
        <source>Lesson &amp;panel</source>
        <translation>&amp;Mostrar la lección</translation>
    </message>
    <message>
        <source>Show or hide the lesson text</source>
        <translation>Mostrar u ocultar el texto de la lección</translation>
    </message>
    <message>
        <source>Fold / unfold the lesson &amp;text</source>
        <translation>Plegar / desplegar el &amp;texto de la lección</translation>
    </message>
    <message>
        <source>On a small screen or the stage: show the lesson&apos;s whole text, or only its title and what to watch</source>
        <translation>En una pantalla pequeña o en el escenario: mostrar todo el texto de la lección, o solo su título y qué observar</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--hidden takes 1 to {layers} layer widths from 1 to {width} separated by commas (e.g. 8,8), or none for no hidden layer</source>
        <translation>--hidden admite de 1 a {layers} anchos de capa de 1 a {width}, separados por comas (p. ej. 8,8), o none para ninguna capa oculta</translation>
    </message>
    <message>
        <source>{prog}: error: {reason}</source>
        <translation>{prog}: error: {reason}</translation>
    </message>
    <message>
        <source>{rule}; got {text}</source>
        <translation>{rule}; se recibió {text}</translation>
    </message>
    <message>
        <source>--steps must be a whole number from 1 to {most}</source>
        <translation>--steps debe ser un número entero de 1 a {most}</translation>
    </message>
    <message>
        <source>Why ReLU replaced step, sigmoid and tanh, why ReLU neurons die, and how Leaky ReLU keeps them alive. Without a command, opens the window.</source>
        <translation>Por qué ReLU sustituyó a escalón, sigmoide y tanh, por qué mueren las neuronas ReLU y cómo Leaky ReLU las mantiene vivas. Sin orden, abre la ventana.</translation>
    </message>
    <message>
        <source>open the window on a guided lesson</source>
        <translation>abrir la ventana en una lección guiada</translation>
    </message>
    <message>
        <source>open the window on a saved experiment (before train: train it)</source>
        <translation>abrir la ventana con un experimento guardado (antes de train: entrenarlo)</translation>
    </message>
    <message>
        <source>add reludesk and its icon to this user&apos;s application menu (in $XDG_DATA_HOME, default ~/.local/share) and exit</source>
        <translation>añadir reludesk y su icono al menú de aplicaciones de este usuario (en $XDG_DATA_HOME, por defecto ~/.local/share) y salir</translation>
    </message>
    <message>
        <source>open the window on lesson 1, check it shows with its icon, close it and exit: status 0 when all is well (your settings are untouched)</source>
        <translation>abrir la ventana en la lección 1, comprobar que se muestra con su icono, cerrarla y salir: estado 0 si todo va bien (tus ajustes no se tocan)</translation>
    </message>
    <message>
        <source>render a lesson&apos;s run offscreen into a GIF, MP4 or PNG series (reludesk render --help)</source>
        <translation>renderizar fuera de pantalla la ejecución de una lección como GIF, MP4 o serie de PNG (reludesk render --help)</translation>
    </message>
    <message>
        <source>train headless and print a report</source>
        <translation>entrenar sin ventana e imprimir un informe</translation>
    </message>
    <message>
        <source>start from a saved experiment, and from its trained weights if it has</source>
        <translation>partir de un experimento guardado, y de sus pesos entrenados si los tiene</translation>
    </message>
    <message>
        <source>start from new random weights even if the file holds trained ones</source>
        <translation>partir de pesos aleatorios nuevos aunque el archivo tenga pesos entrenados</translation>
    </message>
    <message>
        <source>the data to train on; own: your points of --points or of --config</source>
        <translation>los datos de entrenamiento; own: tus puntos de --points o de --config</translation>
    </message>
    <message>
        <source>slope or alpha of {names}</source>
        <translation>pendiente o alfa de {names}</translation>
    </message>
    <message>
        <source>hidden layer widths, e.g. 8,8; none for none</source>
        <translation>anchos de las capas ocultas, p. ej. 8,8; none para ninguna</translation>
    </message>
    <message>
        <source>learning rate in (0, 10]</source>
        <translation>tasa de aprendizaje en (0, 10]</translation>
    </message>
    <message>
        <source>points per step; more than the training points runs as all of them</source>
        <translation>puntos por paso; si supera los puntos de entrenamiento, se usan todos</translation>
    </message>
    <message>
        <source>label / point noise in [0, 0.5]</source>
        <translation>ruido de etiquetas / puntos en [0, 0.5]</translation>
    </message>
    <message>
        <source>input features fed to the network, e.g. x1,x2,x1x2; from: {names} (the window&apos;s labels, such as x1² or &apos;sin x1&apos;, are read too; default {default})</source>
        <translation>características de entrada de la red, p. ej. x1,x2,x1x2; de: {names} (también se leen las etiquetas de la ventana, como x1² o &apos;sin x1&apos;; por defecto {default})</translation>
    </message>
    <message>
        <source>penalty on the weights added to the loss (default none)</source>
        <translation>penalización de los pesos sumada a la pérdida (por defecto none)</translation>
    </message>
    <message>
        <source>strength of that penalty, in [0, 10] (default 0)</source>
        <translation>intensidad de esa penalización, en [0, 10] (por defecto 0)</translation>
    </message>
    <message>
        <source>seed of the starting weights and the batches (and of the data, unless --data-seed)</source>
        <translation>semilla de los pesos iniciales y de los lotes (y de los datos, salvo con --data-seed)</translation>
    </message>
    <message>
        <source>seed of the data set and of its split into training and test points (your own points&apos; too); default: --seed</source>
        <translation>semilla del conjunto de datos y de su división en puntos de entrenamiento y de prueba (también de tus propios puntos); por defecto: --seed</translation>
    </message>
    <message>
        <source>train on your own points (data set own): a CSV with the header x1,x2,label, one point a line, |x1| and |x2| at most 60; labels 0 (class A, orange) or 1 (class B, blue), or targets in [-1, 1] with --task regression</source>
        <translation>entrenar con tus propios puntos (conjunto own): un CSV con la cabecera x1,x2,label, un punto por línea, |x1| y |x2| como máximo 60; etiquetas 0 (clase A, naranja) o 1 (clase B, azul), u objetivos en [-1, 1] con --task regression</translation>
    </message>
    <message>
        <source>how to read the labels of --points (default classification)</source>
        <translation>cómo leer las etiquetas de --points (por defecto classification)</translation>
    </message>
    <message>
        <source>train this many networks at once (1-{most}); only their starting weights differ, the data and batches are shared</source>
        <translation>entrenar tantas redes a la vez (1-{most}); solo difieren sus pesos iniciales, los datos y los lotes son comunes</translation>
    </message>
    <message>
        <source>training steps (default 1000)</source>
        <translation>pasos de entrenamiento (por defecto 1000)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>imprimir un objeto JSON</translation>
    </message>
    <message>
        <source>save the trained experiment, weights included (replica 0&apos;s with --replicas), to open in the window (reludesk --config FILE) or train on (train --config FILE)</source>
        <translation>guardar el experimento entrenado, con sus pesos (los de la réplica 0 con --replicas), para abrirlo en la ventana (reludesk --config FILE) o seguir entrenándolo (train --config FILE)</translation>
    </message>
    <message>
        <source>{option} is an option of train, which trains without the window: reludesk train {option} ...; the window opens with --config FILE or --lesson NAME (the window reads points with File &gt; Import points (CSV))</source>
        <translation>{option} es una opción de train, que entrena sin ventana: reludesk train {option} ...; la ventana se abre con --config FILE o --lesson NAME (la ventana lee puntos con Archivo &gt; Importar puntos (CSV))</translation>
    </message>
    <message>
        <source>{option} is an option of train, which trains without the window: reludesk train {option} ...; the window opens with --config FILE or --lesson NAME</source>
        <translation>{option} es una opción de train, que entrena sin ventana: reludesk train {option} ...; la ventana se abre con --config FILE o --lesson NAME</translation>
    </message>
    <message>
        <source>--lesson opens a lesson in the window, and train runs without one: leave it out</source>
        <translation>--lesson abre una lección en la ventana, y train funciona sin ventana: quítalo</translation>
    </message>
    <message>
        <source>--config is given twice, before and after train: give it once</source>
        <translation>--config aparece dos veces, antes y después de train: dalo una sola vez</translation>
    </message>
    <message>
        <source>--alpha is only for {names}; {activation} has no alpha</source>
        <translation>--alpha es solo para {names}; {activation} no tiene alfa</translation>
    </message>
    <message>
        <source>batch size {batch} is more than the {n} training points of your own, so it runs as {n}: the full training set</source>
        <translation>el tamaño de lote {batch} supera tus {n} puntos de entrenamiento, así que se usa {n}: todo el conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>--task says how to read the labels of --points FILE.csv; without --points the data set decides the task: leave --task out</source>
        <translation>--task indica cómo leer las etiquetas de --points FILE.csv; sin --points el conjunto de datos decide la tarea: quita --task</translation>
    </message>
    <message>
        <source>--dataset own trains on your own points: add --points FILE.csv (header x1,x2,label)</source>
        <translation>--dataset own entrena con tus propios puntos: añade --points FILE.csv (cabecera x1,x2,label)</translation>
    </message>
    <message>
        <source>--points trains on your own points, and --dataset {dataset} names another data set: give one of them (for regression points add --task regression)</source>
        <translation>--points entrena con tus propios puntos y --dataset {dataset} nombra otro conjunto de datos: da solo uno de los dos (para puntos de regresión añade --task regression)</translation>
    </message>
    <message>
        <source>regularization is none, so the rate {rate} has no effect: add --regularization l1 or l2</source>
        <translation>la regularización es none, así que la tasa {rate} no tiene efecto: añade --regularization l1 o l2</translation>
    </message>
    <message>
        <source>regularization {kind} at rate 0 has no effect: add --regularization-rate X (TF Playground offers 0.001 to 10)</source>
        <translation>la regularización {kind} con tasa 0 no tiene efecto: añade --regularization-rate X (TF Playground ofrece de 0.001 a 10)</translation>
    </message>
    <message>
        <source>{name} holds one trained network, which would start all {replicas} replicas alike: add --fresh to train new ones, or leave --replicas out</source>
        <translation>{name} contiene una sola red entrenada, con la que las {replicas} réplicas empezarían iguales: añade --fresh para entrenar redes nuevas, o quita --replicas</translation>
    </message>
    <message>
        <source>{name} holds trained weights for its own network, and these options change it ({problem}): leave them out, or add --fresh to start from new weights</source>
        <translation>{name} contiene pesos entrenados para su propia red, y estas opciones la cambian ({problem}): quítalas, o añade --fresh para partir de pesos nuevos</translation>
    </message>
    <message>
        <source>no hidden layer: no neuron can die</source>
        <translation>sin capa oculta: ninguna neurona puede morir</translation>
    </message>
    <message>
        <source>dead neurons: not counted (the network diverged, so its units are neither dead nor alive)</source>
        <translation>neuronas muertas: sin contar (la red divergió, así que sus unidades no están ni muertas ni vivas)</translation>
    </message>
    <message>
        <source>dead neurons {dead} / {total} (per layer: {shares})</source>
        <translation>neuronas muertas {dead} / {total} (por capa: {shares})</translation>
    </message>
    <message>
        <source>dead neurons 0 / {total}: {name} leaks below zero, so none can die; inactive but alive {alive} / {total}</source>
        <translation>neuronas muertas 0 / {total}: {name} deja pasar gradiente bajo cero, así que ninguna puede morir; inactivas pero vivas {alive} / {total}</translation>
    </message>
    <message>
        <source>dead neurons 0 / {total}: {name} units cannot die (their slope is never exactly 0)</source>
        <translation>neuronas muertas 0 / {total}: las unidades {name} no pueden morir (su pendiente nunca es exactamente 0)</translation>
    </message>
    <message>
        <source>saturated neurons {saturated} / {total} (per layer: {shares}): |f&apos;| below {floor} on every input, alive in the math but silent in the numbers</source>
        <translation>neuronas saturadas {saturated} / {total} (por capa: {shares}): |f&apos;| por debajo de {floor} en todas las entradas, vivas en teoría pero mudas en los números</translation>
    </message>
    <message>
        <source>{n} step</source>
        <translation>{n} paso</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} pasos</translation>
    </message>
    <message>
        <source>, features {names}</source>
        <translation>, características {names}</translation>
    </message>
    <message>
        <source>your own {n} points ({task})</source>
        <translation>tus {n} puntos propios ({task})</translation>
    </message>
    <message>
        <source>{activation}{slope} on {data}, hidden {hidden}, lr {lr}{extras}: {steps}</source>
        <translation>{activation}{slope} sobre {data}, ocultas {hidden}, tasa {lr}{extras}: {steps}</translation>
    </message>
    <message>
        <source>started from the weights saved in {name}</source>
        <translation>partiendo de los pesos guardados en {name}</translation>
    </message>
    <message>
        <source>saved with its weights to {name}</source>
        <translation>guardado con sus pesos en {name}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>DIVERGED: the loss became infinite or NaN; lower the learning rate.</source>
        <translation>DIVERGIÓ: la pérdida se hizo infinita o NaN; baja la tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>train loss: not finite</source>
        <translation>pérdida de entrenamiento: no finita</translation>
    </message>
    <message>
        <source>train loss {loss}</source>
        <translation>pérdida de entrenamiento {loss}</translation>
    </message>
    <message>
        <source>accuracy train {train}, test {test}</source>
        <translation>exactitud entrenamiento {train}, prueba {test}</translation>
    </message>
    <message>
        <source>over {n} starting weights (data and batches shared): all {n} diverged, none counted</source>
        <translation>sobre {n} pesos iniciales (datos y lotes comunes): las {n} divergieron, ninguna contada</translation>
    </message>
    <message>
        <source>over {n} starting weights (data and batches shared; {bad} diverged, not counted): dead share median {median}, range {low}-{high}</source>
        <translation>sobre {n} pesos iniciales (datos y lotes comunes; {bad} divergieron, sin contar): proporción de muertas mediana {median}, rango {low}-{high}</translation>
    </message>
    <message>
        <source>over {n} starting weights (data and batches shared): dead share median {median}, range {low}-{high}</source>
        <translation>sobre {n} pesos iniciales (datos y lotes comunes): proporción de muertas mediana {median}, rango {low}-{high}</translation>
    </message>
    <message>
        <source>reludesk: note: {note}</source>
        <translation>reludesk: nota: {note}</translation>
    </message>
    <message>
        <source>--save: {name} is a folder; give a file name such as run.reludesk.json</source>
        <translation>--save: {name} es una carpeta; da un nombre de archivo como run.reludesk.json</translation>
    </message>
    <message>
        <source>--save: the folder {folder} does not exist</source>
        <translation>--save: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation>{rate} pasos/s</translation>
    </message>
    <message>
        <source>not enough memory for this network: use fewer --replicas, samples or hidden units</source>
        <translation>no hay memoria suficiente para esta red: usa menos --replicas, muestras o unidades ocultas</translation>
    </message>
    <message>
        <source>{option} stands alone: give it without a command or other options</source>
        <translation>{option} va sola: úsala sin orden ni otras opciones</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>escrito {path}</translation>
    </message>
    <message>
        <source>up to date: {path}</source>
        <translation>ya al día: {path}</translation>
    </message>
    <message>
        <source>reludesk: error: {reason}</source>
        <translation>reludesk: error: {reason}</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>el sistema lo rechazó</translation>
    </message>
</context>
<context>
    <name>CompareDeadPlot</name>
    <message>
        <source>Dead hidden units over training</source>
        <translation>Unidades ocultas muertas durante el entrenamiento</translation>
    </message>
    <message>
        <source>hidden units (%)</source>
        <translation>unidades ocultas (%)</translation>
    </message>
    <message>
        <source>Solid: dead units (no gradient). Dashed: inactive units of a leaky activation, still learning at slope α, or saturated units of a smooth one (|f′| &lt; {floor} on every input)</source>
        <translation>Continua: unidades muertas (sin gradiente). Discontinua: unidades inactivas de una activación con fuga, que aún aprenden con pendiente α, o unidades saturadas de una suave (|f′| &lt; {floor} en todas las entradas)</translation>
    </message>
    <message>
        <source>{title}: dead</source>
        <translation>{title}: muertas</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}: {state}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Same data, same starting weights, same batches: only the activation differs.</source>
        <translation>Mismos datos, mismos pesos iniciales, mismos lotes: solo cambia la activación.</translation>
    </message>
    <message>
        <source>Slope of the right network&apos;s activation below zero</source>
        <translation>Pendiente bajo cero de la activación de la red derecha</translation>
    </message>
    <message>
        <source>Burst ({steps} steps at rate {rate})</source>
        <translation>Ráfaga ({steps} pasos a tasa {rate})</translation>
    </message>
    <message>
        <source>Both networks take {burst}, then go back to their rate: the kind of jolt that kills ReLUs</source>
        <translation>Ambas redes dan {burst} y luego vuelven a su tasa: el tipo de sacudida que mata ReLUs</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Start both networks again from the same weights</source>
        <translation>Reiniciar ambas redes desde los mismos pesos</translation>
    </message>
    <message>
        <source>against</source>
        <translation>frente a</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Branched at step {step}: the same network, data and batches to come; only the activation differs from here.</source>
        <translation>Ramificada en el paso {step}: la misma red, datos y lotes por venir; desde aquí solo cambia la activación.</translation>
    </message>
    <message>
        <source>speed {speed}</source>
        <translation>velocidad {speed}</translation>
    </message>
    <message>
        <source>A network has diverged: press Reset (or lower the rate).</source>
        <translation>Una red ha divergido: pulsa Reiniciar (o baja la tasa).</translation>
    </message>
    <message>
        <source>{title}: {runaway}</source>
        <translation>{title}: {runaway}</translation>
    </message>
    <message>
        <source>{progress}, both networks</source>
        <translation>{progress}, ambas redes</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} debe ser un número, se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be in {bracket}{low}, {high}], got {value}</source>
        <translation>{name} debe estar en {bracket}{low}, {high}], se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} debe ser un número entero, se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} debe estar entre {low} y {high}, se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be one of: {allowed}; got {value}</source>
        <translation>{name} debe ser uno de: {allowed}; se recibió {value}</translation>
    </message>
    <message>
        <source>features must be a list of names, got {value}</source>
        <translation>features debe ser una lista de nombres, se recibió {value}</translation>
    </message>
    <message>
        <source>features must be names from: {allowed}; got {value}</source>
        <translation>features debe contener nombres de: {allowed}; se recibió {value}</translation>
    </message>
    <message>
        <source>features: {reason}</source>
        <translation>features: {reason}</translation>
    </message>
    <message>
        <source>dataset own needs at least {least} points of your own (drawn on the output plot or read from a CSV file), got {have}</source>
        <translation>dataset own necesita al menos {least} puntos propios (dibujados en el gráfico de salida o leídos de un CSV), hay {have}</translation>
    </message>
    <message>
        <source>hidden must be a list of layer widths, got {value}</source>
        <translation>hidden debe ser una lista de anchos de capa, se recibió {value}</translation>
    </message>
    <message>
        <source>hidden may have at most {most} layers, got {count}</source>
        <translation>hidden admite como máximo {most} capas, se recibieron {count}</translation>
    </message>
    <message>
        <source>alpha: {reason}</source>
        <translation>alpha: {reason}</translation>
    </message>
    <message>
        <source>replicas: {replicas} copies of this network on {rows} training rows would need about {need} GB; at most {allowed} GB is allowed, so at most {most} replicas here (or fewer samples or units)</source>
        <translation>replicas: {replicas} copias de esta red sobre {rows} filas de entrenamiento necesitarían unos {need} GB; se permiten como máximo {allowed} GB, así que aquí como máximo {most} réplicas (o menos muestras o unidades)</translation>
    </message>
    <message>
        <source>config must be a JSON object, got {type}</source>
        <translation>config debe ser un objeto JSON, se recibió {type}</translation>
    </message>
    <message>
        <source>unknown field {fields}; allowed: {allowed}</source>
        <translation>campo desconocido {fields}; permitidos: {allowed}</translation>
    </message>
    <message>
        <source>batch size {batch} is more than the {rows} training points, so it runs as {rows}: the full training set</source>
        <translation>el tamaño de lote {batch} supera los {rows} puntos de entrenamiento, así que se usa {rows}: todo el conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>numbers must be finite; the file holds {name}</source>
        <translation>los números deben ser finitos; el archivo contiene {name}</translation>
    </message>
    <message>
        <source>expected JSON text, got {type}</source>
        <translation>se esperaba texto JSON, se recibió {type}</translation>
    </message>
    <message>
        <source>it is too long ({length} characters) to be an experiment; one is at most {most}</source>
        <translation>es demasiado largo ({length} caracteres) para ser un experimento; uno tiene como máximo {most}</translation>
    </message>
    <message>
        <source>not valid JSON: it is empty</source>
        <translation>JSON no válido: está vacío</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>JSON no válido: anidado demasiado profundo</translation>
    </message>
    <message>
        <source>not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>JSON no válido ({reason} en la línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>not valid JSON: a number in it has over {digits} digits</source>
        <translation>JSON no válido: contiene un número de más de {digits} dígitos</translation>
    </message>
    <message>
        <source>expected a JSON object, got {type}</source>
        <translation>se esperaba un objeto JSON, se recibió {type}</translation>
    </message>
    <message>
        <source>format must be {format}, got {value}</source>
        <translation>format debe ser {format}, se recibió {value}</translation>
    </message>
    <message>
        <source>unsupported version {version}; this reludesk reads versions {versions}</source>
        <translation>versión {version} no admitida; este reludesk lee las versiones {versions}</translation>
    </message>
</context>
<context>
    <name>ControlColumn</name>
    <message>
        <source>Leaky ReLU α</source>
        <translation>Leaky ReLU α</translation>
    </message>
    <message>
        <source>Slope of Leaky ReLU below 0. 0.01 is the usual default (PyTorch); Keras uses 0.3; some texts say 0.001. The bigger the slope, the more gradient leaks through.</source>
        <translation>Pendiente de Leaky ReLU bajo 0. 0.01 es el valor habitual (PyTorch); Keras usa 0.3; algunos textos dicen 0.001. Cuanto mayor la pendiente, más gradiente se filtra.</translation>
    </message>
    <message>
        <source>PReLU start α</source>
        <translation>α inicial de PReLU</translation>
    </message>
    <message>
        <source>PReLU learns its slope while training; this is where it starts (He et al.: 0.25).</source>
        <translation>PReLU aprende su pendiente al entrenar; aquí es donde empieza (He et al.: 0.25).</translation>
    </message>
    <message>
        <source>ELU α</source>
        <translation>ELU α</translation>
    </message>
    <message>
        <source>ELU&apos;s α is a level, not a slope: its negative side flattens out at −α, and its slope there is α·e^z. Above 1 the peak slope (α, just below 0) exceeds 1.</source>
        <translation>El α de ELU es un nivel, no una pendiente: su lado negativo se aplana en −α, y su pendiente allí es α·e^z. Por encima de 1, la pendiente máxima (α, justo bajo 0) supera 1.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Tick Leaky ReLU, PReLU or ELU to tune its α.</source>
        <translation>Marca Leaky ReLU, PReLU o ELU para ajustar su α.</translation>
    </message>
    <message>
        <source>z range</source>
        <translation>Rango de z</translation>
    </message>
    <message>
        <source>How far the plots reach on each side of z = 0 (from ±2 to ±20). Widen it to see where sigmoid and tanh saturate.</source>
        <translation>Hasta dónde llegan los gráficos a cada lado de z = 0 (de ±2 a ±20). Amplíalo para ver dónde se saturan sigmoid y tanh.</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>unknown data set {name}; choose one of: {names}</source>
        <translation>conjunto de datos desconocido {name}; elige uno de: {names}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value}</source>
        <translation>{what} debe ser un número entero, se recibió {value}</translation>
    </message>
    <message>
        <source>{what} must be &gt;= {low}, got {value}</source>
        <translation>{what} debe ser &gt;= {low}, se recibió {value}</translation>
    </message>
    <message>
        <source>{what} must be in [{low}, {high}], got {value}</source>
        <translation>{what} debe estar en [{low}, {high}], se recibió {value}</translation>
    </message>
    <message>
        <source>{what} must be a number in [{low}, {high}], got {value}</source>
        <translation>{what} debe ser un número en [{low}, {high}], se recibió {value}</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>Each curve is (peak |f′|)ⁿ: the activation&apos;s share alone, at its best z. The weights multiply in too, so it is no bound on a real gradient.</source>
        <translation>Cada curva es (máx |f′|)ⁿ: solo la parte de la activación, en su mejor z. Los pesos también multiplican, así que no acota un gradiente real.</translation>
    </message>
    <message>
        <source>(peak |f′|)ⁿ is the activation&apos;s own share of a gradient after n layers, reached only if every unit sat at the one z where |f′| peaks. It is not a bound on a real network: backpropagation multiplies by the weights too. Measured at the first step of six layers of 8 units on the circle, 16 starting weights: the first layer&apos;s gradient over the last layer&apos;s exceeds this curve at n = 6 on some of them for sigmoid (0.25⁶), tanh and ReLU (1⁶), and for SELU, whose curve reads 1.76⁶ ≈ 30, it stays below 1 (median). Step is left off: its f′ is 0 everywhere, and 0 has no place on a log scale.</source>
        <translation>(máx |f′|)ⁿ es la parte propia de la activación en un gradiente tras n capas, alcanzada solo si cada unidad estuviera en el único z donde |f′| es máximo. No es una cota para una red real: la retropropagación también multiplica por los pesos. Medido en el primer paso de seis capas de 8 unidades sobre el círculo, con 16 pesos iniciales: el gradiente de la primera capa dividido por el de la última supera esta curva en n = 6 en algunos de ellos para sigmoid (0.25⁶), tanh y ReLU (1⁶), y para SELU, cuya curva marca 1.76⁶ ≈ 30, queda por debajo de 1 (mediana). El escalón no aparece: su f′ es 0 en todas partes, y el 0 no cabe en una escala logarítmica.</translation>
    </message>
    <message>
        <source>Step is left off: its f′ is 0 everywhere, so nothing passes even one layer (0 cannot be drawn on a log scale).</source>
        <translation>El escalón no aparece: su f′ es 0 en todas partes, así que nada atraviesa ni una capa (el 0 no se puede dibujar en escala logarítmica).</translation>
    </message>
    <message>
        <source>activation&apos;s share, (peak |f′|)ⁿ</source>
        <translation>parte de la activación, (máx |f′|)ⁿ</translation>
    </message>
    <message>
        <source>layers n</source>
        <translation>capas n</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Neuron inspector</source>
        <translation>Inspector de neuronas</translation>
    </message>
</context>
<context>
    <name>DrawTool</name>
    <message>
        <source>your own</source>
        <translation>propios</translation>
    </message>
    <message>
        <source>Your own points: drawn on the output plot or read from a CSV file</source>
        <translation>Tus propios puntos: dibujados en el gráfico de salida o leídos de un CSV</translation>
    </message>
    <message>
        <source>Draw at least two points: the network needs two to train on</source>
        <translation>Dibuja al menos dos puntos: la red necesita dos para entrenar</translation>
    </message>
    <message>
        <source>No point added: {problem}</source>
        <translation>No se añadió el punto: {problem}</translation>
    </message>
</context>
<context>
    <name>ExperimentFiles</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;Curves as CSV (*.csv)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Curvas en CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export activation explorer (f and f′)</source>
        <translation>Exportar explorador de activaciones (f y f′)</translation>
    </message>
    <message>
        <source>Export loss</source>
        <translation>Exportar pérdida</translation>
    </message>
    <message>
        <source>Export dead share per layer</source>
        <translation>Exportar proporción de muertas por capa</translation>
    </message>
    <message>
        <source>Export gradient size per layer</source>
        <translation>Exportar tamaño del gradiente por capa</translation>
    </message>
    <message>
        <source>Export network output (decision boundary)</source>
        <translation>Exportar salida de la red (frontera de decisión)</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Abrir experimento</translation>
    </message>
    <message>
        <source>{problem} The current experiment is unchanged.</source>
        <translation>{problem} El experimento actual no ha cambiado.</translation>
    </message>
    <message>
        <source>Opened {name} with its trained weights{notes}</source>
        <translation>Abierto {name} con sus pesos entrenados{notes}</translation>
    </message>
    <message>
        <source>Opened {name}{notes}</source>
        <translation>Abierto {name}{notes}</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Guardar experimento</translation>
    </message>
    <message>
        <source>{problem} Any earlier file of that name is unchanged.</source>
        <translation>{problem} Un archivo anterior con ese nombre no ha cambiado.</translation>
    </message>
    <message>
        <source>Saved the settings and trained weights to {path}</source>
        <translation>Ajustes y pesos entrenados guardados en {path}</translation>
    </message>
    <message>
        <source>Saved the settings to {path}</source>
        <translation>Ajustes guardados en {path}</translation>
    </message>
    <message>
        <source>No recent experiments</source>
        <translation>No hay experimentos recientes</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>{path} no longer exists; it was removed from the recent list.</source>
        <translation>{path} ya no existe; se ha quitado de la lista de recientes.</translation>
    </message>
    <message>
        <source>{name}: use a .png, .svg or .csv file name</source>
        <translation>{name}: usa un nombre de archivo .png, .svg o .csv</translation>
    </message>
    <message>
        <source>Saved the training history to {path}</source>
        <translation>Historial de entrenamiento guardado en {path}</translation>
    </message>
    <message>
        <source>Saved a screenshot to {path}</source>
        <translation>Captura de pantalla guardada en {path}</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save experiment with weights</source>
        <translation>Guardar experimento con pesos</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar historial como CSV</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Screenshot of the window</source>
        <translation>Captura de la ventana</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Could not open {name}: {reason}.</source>
        <translation>No se pudo abrir {name}: {reason}.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>No se pudo guardar {name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExperimentIO</name>
    <message>
        <source>reludesk experiment (*{suffix})</source>
        <translation>Experimento de reludesk (*{suffix})</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Activation explorer (f and f′)</source>
        <translation>Explorador de activaciones (f y f′)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Dead share per layer</source>
        <translation>Proporción de muertas por capa</translation>
    </message>
    <message>
        <source>Gradient size per layer</source>
        <translation>Tamaño del gradiente por capa</translation>
    </message>
    <message>
        <source>Network output (decision boundary)</source>
        <translation>Salida de la red (frontera de decisión)</translation>
    </message>
    <message>
        <source>{name}: use a .png or .svg file name</source>
        <translation>{name}: usa un nombre de archivo .png o .svg</translation>
    </message>
    <message>
        <source>{name}: its folder does not exist</source>
        <translation>{name}: su carpeta no existe</translation>
    </message>
    <message>
        <source>{name}: it could not be written</source>
        <translation>{name}: no se pudo escribir</translation>
    </message>
</context>
<context>
    <name>ExplorerFigure</name>
    <message>
        <source>f(z): what the unit passes on</source>
        <translation>f(z): lo que la unidad transmite</translation>
    </message>
    <message>
        <source>The activation f(z). Hover to read values; drag to pan, wheel to zoom.</source>
        <translation>La activación f(z). Pasa el ratón para leer valores; arrastra para desplazar, rueda para zoom.</translation>
    </message>
    <message>
        <source>f′(z): how much gradient flows back</source>
        <translation>f′(z): cuánto gradiente fluye hacia atrás</translation>
    </message>
    <message>
        <source>z (the unit&apos;s input)</source>
        <translation>z (la entrada de la unidad)</translation>
    </message>
    <message>
        <source>The derivative f′(z). Where it is 0, no gradient reaches the weights.</source>
        <translation>La derivada f′(z). Donde vale 0, ningún gradiente llega a los pesos.</translation>
    </message>
    <message>
        <source>Bands take the colour of their activation.</source>
        <translation>Las bandas toman el color de su activación.</translation>
    </message>
</context>
<context>
    <name>ExplorerPanel</name>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>What each shown activation guarantees, and what it costs.</source>
        <translation>Lo que garantiza cada activación mostrada y lo que cuesta.</translation>
    </message>
    <message>
        <source>How to read the plots, in a few lines.</source>
        <translation>Cómo leer los gráficos, en pocas líneas.</translation>
    </message>
</context>
<context>
    <name>ExplorerProperties</name>
    <message>
        <source>Peak f′ through depth</source>
        <translation>f′ máxima en profundidad</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>Rango de salida</translation>
    </message>
    <message>
        <source>The values f(z) can take.</source>
        <translation>Los valores que puede tomar f(z).</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>Monótona</translation>
    </message>
    <message>
        <source>Does f only ever go up as z grows?</source>
        <translation>¿Solo crece f cuando crece z?</translation>
    </message>
    <message>
        <source>Mean f, z ~ N(0, 1)</source>
        <translation>Media de f, z ~ N(0, 1)</translation>
    </message>
    <message>
        <source>The mean output when z is standard normal. 0 means zero-centred (tanh, SELU, linear, Leaky ReLU at α = 1): the next layer&apos;s inputs take both signs alike. The further from 0, the more they all lean one way, and the more that layer&apos;s weights move together.</source>
        <translation>La salida media cuando z es normal estándar. 0 significa centrada en cero (tanh, SELU, lineal, Leaky ReLU con α = 1): las entradas de la capa siguiente toman ambos signos por igual. Cuanto más lejos de 0, más se inclinan todas hacia un lado, y más se mueven a la vez los pesos de esa capa.</translation>
    </message>
    <message>
        <source>Smooth at 0</source>
        <translation>Suave en 0</translation>
    </message>
    <message>
        <source>Is f′ continuous at z = 0 (no kink)?</source>
        <translation>¿Es f′ continua en z = 0 (sin quiebre)?</translation>
    </message>
    <message>
        <source>Peak |f′|</source>
        <translation>|f′| máxima</translation>
    </message>
    <message>
        <source>The largest |f′|, reached at one z only. Raised to the power n it is the activation&apos;s own share of a gradient after n layers if every unit sat at that z; the weights multiply in too, so it bounds nothing in a real network (see “{depth_tab}”).</source>
        <translation>La mayor |f′|, alcanzada en un solo z. Elevada a n es la parte propia de la activación en un gradiente tras n capas si cada unidad estuviera en ese z; los pesos también multiplican, así que no acota nada en una red real (ver «{depth_tab}»).</translation>
    </message>
    <message>
        <source>Can die</source>
        <translation>Puede morir</translation>
    </message>
    <message>
        <source>Dead: f′ is exactly 0 for every training input, so no gradient reaches the unit&apos;s weights; only ReLU and step have such a flat half-line. Leaky ReLU and PReLU units can be inactive but alive (the leak still flows); smooth ones can be saturated (|f′| below {bound} on every input). The network view uses the same words.</source>
        <translation>Muerta: f′ es exactamente 0 en todas las entradas de entrenamiento, así que ningún gradiente llega a los pesos de la unidad; solo ReLU y el escalón tienen una semirrecta tan plana. Las unidades Leaky ReLU y PReLU pueden estar inactivas pero vivas (la fuga sigue fluyendo); las suaves pueden estar saturadas (|f′| por debajo de {bound} en todas las entradas). La vista de la red usa las mismas palabras.</translation>
    </message>
    <message>
        <source>Cost of f (ns)</source>
        <translation>Coste de f (ns)</translation>
    </message>
    <message>
        <source>Nanoseconds per element to compute f(z), measured on this machine (the best of 3 calls on 100,000 values).</source>
        <translation>Nanosegundos por elemento para calcular f(z), medidos en esta máquina (la mejor de 3 llamadas sobre 100.000 valores).</translation>
    </message>
    <message>
        <source>Cost of f′ (ns)</source>
        <translation>Coste de f′ (ns)</translation>
    </message>
    <message>
        <source>Nanoseconds per element to compute f′(z), measured like f.</source>
        <translation>Nanosegundos por elemento para calcular f′(z), medidos como f.</translation>
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
        <source>Yes while α ≥ 0</source>
        <translation>Sí mientras α ≥ 0</translation>
    </message>
    <message>
        <source>The network learns α, and training often pushes it below 0: then f falls as z grows below 0.</source>
        <translation>La red aprende α, y el entrenamiento a menudo lo lleva por debajo de 0: entonces f decrece al crecer z bajo 0.</translation>
    </message>
    <message>
        <source>Zero-centred.</source>
        <translation>Centrada en cero.</translation>
    </message>
    <message>
        <source>Leans positive: {mean} on average.</source>
        <translation>Tiende a valores positivos: {mean} de media.</translation>
    </message>
    <message>
        <source>Yes: dead, f′ = 0 everywhere</source>
        <translation>Sí: muerta, f′ = 0 en todas partes</translation>
    </message>
    <message>
        <source>Yes: dead, f′ = 0 for z ≤ {z}</source>
        <translation>Sí: muerta, f′ = 0 para z ≤ {z}</translation>
    </message>
    <message>
        <source>A unit whose f′ is 0 on every training input gets no gradient at all: dead. The layers after it still learn.</source>
        <translation>Una unidad cuya f′ es 0 en todas las entradas de entrenamiento no recibe gradiente alguno: está muerta. Las capas posteriores siguen aprendiendo.</translation>
    </message>
    <message>
        <source>No: inactive, leaks at learned α</source>
        <translation>No: inactiva, fuga con α aprendida</translation>
    </message>
    <message>
        <source>No: inactive, leaks at α = {alpha}</source>
        <translation>No: inactiva, fuga con α = {alpha}</translation>
    </message>
    <message>
        <source>A unit with z ≤ 0 on every input is inactive but alive: the gradient still flows at slope α, so it can revive.</source>
        <translation>Una unidad con z ≤ 0 en todas las entradas está inactiva pero viva: el gradiente sigue fluyendo con pendiente α, así que puede revivir.</translation>
    </message>
    <message>
        <source>No: f′ = 1 everywhere</source>
        <translation>No: f′ = 1 en todas partes</translation>
    </message>
    <message>
        <source>beyond |z| ≈ {z}</source>
        <translation>más allá de |z| ≈ {z}</translation>
    </message>
    <message>
        <source>No: saturates beyond |z| ≈ {z}</source>
        <translation>No: se satura más allá de |z| ≈ {z}</translation>
    </message>
    <message>
        <source>below z ≈ {z}</source>
        <translation>por debajo de z ≈ {z}</translation>
    </message>
    <message>
        <source>No: saturates below z ≈ {z}</source>
        <translation>No: se satura por debajo de z ≈ {z}</translation>
    </message>
    <message>
        <source>above z ≈ {z}</source>
        <translation>por encima de z ≈ {z}</translation>
    </message>
    <message>
        <source>{below} and {above}</source>
        <translation>{below} y {above}</translation>
    </message>
    <message>
        <source>Never dead, but far from 0 its gradient fades: |f′| &lt; {bound} {where}, where the network calls a unit saturated (alive in the maths, silent in the numbers).</source>
        <translation>Nunca muerta, pero lejos de 0 su gradiente se desvanece: |f′| &lt; {bound} {where}, donde la red llama saturada a una unidad (viva en teoría, muda en los números).</translation>
    </message>
    <message>
        <source>In float64 f′ is exactly 0 {where}.</source>
        <translation>En float64, f′ es exactamente 0 {where}.</translation>
    </message>
</context>
<context>
    <name>ExplorerTexts</name>
    <message>
        <source>1 if z ≥ 0, else 0. f′ = 0 everywhere: no gradient reaches the weights into a step unit, so they never learn (the layer after it still does).</source>
        <translation>1 si z ≥ 0, si no 0. f′ = 0 en todas partes: ningún gradiente llega a los pesos de entrada de una unidad escalón, así que nunca aprenden (la capa siguiente sí).</translation>
    </message>
    <message>
        <source>f(z) = z. Stacked linear layers collapse into one: no non-linearity at all.</source>
        <translation>f(z) = z. Varias capas lineales apiladas equivalen a una sola: ninguna no linealidad.</translation>
    </message>
    <message>
        <source>1 / (1 + e^−z). f′ is at most 0.25, and below 1 % of that beyond |z| ≈ 6 (saturation).</source>
        <translation>1 / (1 + e^−z). f′ vale como máximo 0.25, y menos del 1 % de eso más allá de |z| ≈ 6 (saturación).</translation>
    </message>
    <message>
        <source>tanh(z). Zero-centred, but saturates like the sigmoid: f′ &lt; 0.01 beyond |z| ≈ 3.</source>
        <translation>tanh(z). Centrada en cero, pero se satura como la sigmoide: f′ &lt; 0.01 más allá de |z| ≈ 3.</translation>
    </message>
    <message>
        <source>max(0, z). f′ = 1 for z &gt; 0 and 0 for z ≤ 0: a unit whose z is ≤ 0 for every input gets no gradient: it is dead.</source>
        <translation>max(0, z). f′ = 1 para z &gt; 0 y 0 para z ≤ 0: una unidad cuyo z es ≤ 0 en todas las entradas no recibe gradiente: está muerta.</translation>
    </message>
    <message>
        <source>z if z &gt; 0, else α·z. The small slope α keeps a gradient flowing below 0.</source>
        <translation>z si z &gt; 0, si no α·z. La pequeña pendiente α mantiene un gradiente bajo 0.</translation>
    </message>
    <message>
        <source>Like Leaky ReLU, but the network learns α (it may go below 0); shown here at its starting slope.</source>
        <translation>Como Leaky ReLU, pero la red aprende α (puede bajar de 0); aquí se muestra con su pendiente inicial.</translation>
    </message>
    <message>
        <source>z if z &gt; 0, else α·(e^z − 1). Smooth negative side that saturates at −α: α is that level, and the slope there is α·e^z, not α.</source>
        <translation>z si z &gt; 0, si no α·(e^z − 1). Lado negativo suave que se satura en −α: α es ese nivel, y la pendiente allí es α·e^z, no α.</translation>
    </message>
    <message>
        <source>λ·ELU with fixed λ ≈ 1.0507, α ≈ 1.6733. Self-normalising (mean 0, variance 1 layer after layer) only with LeCun-normal weights, Var(w) = 1/fan_in: here that is Xavier between layers of equal width; with He init (the default) the variance grows.</source>
        <translation>λ·ELU con λ ≈ 1.0507 y α ≈ 1.6733 fijos. Autonormalizante (media 0, varianza 1 capa tras capa) solo con pesos normales de LeCun, Var(w) = 1/fan_in: aquí eso es Xavier entre capas de igual ancho; con inicialización He (la predeterminada) la varianza crece.</translation>
    </message>
    <message>
        <source>z·Φ(z), Φ the normal CDF. Used in transformers; dips slightly below 0.</source>
        <translation>z·Φ(z), con Φ la función de distribución normal. Se usa en transformers; baja un poco de 0.</translation>
    </message>
    <message>
        <source>z·σ(z) (swish). Smooth, dips slightly below 0.</source>
        <translation>z·σ(z) (swish). Suave, baja un poco de 0.</translation>
    </message>
    <message>
        <source>log(1 + e^z): a smooth ReLU whose f′ is the sigmoid.</source>
        <translation>log(1 + e^z): una ReLU suave cuya f′ es la sigmoide.</translation>
    </message>
    <message>
        <source>z·tanh(softplus(z)). Smooth, dips slightly below 0.</source>
        <translation>z·tanh(softplus(z)). Suave, baja un poco de 0.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A unit computes z = w·x + b and passes on f(z). Training changes w in proportion to f′(z).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strong tint&lt;/b&gt; in the f′ plot (dashed edges): f′ = 0 exactly, the unit learns nothing there (ReLU, step). A ReLU unit whose z is ≤ 0 for every training input is &lt;b&gt;dead&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Light tint&lt;/b&gt;: the far tails where |f′| stays below 1 % of its peak. The unit is saturated and its gradient all but vanishes: tanh beyond |z| ≈ 3, sigmoid beyond |z| ≈ 6 (widen the z range to see it).&lt;/p&gt;&lt;p&gt;Leaky ReLU keeps a slope α below 0: a trickle of gradient, so the unit can recover. ELU&apos;s α is different: the level its negative side saturates at.&lt;/p&gt;&lt;p&gt;Sigmoid&apos;s f′ is at most 0.25, one reason its gradient fades through many layers; the weights count too (tab &lt;i&gt;{depth_tab}&lt;/i&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una unidad calcula z = w·x + b y transmite f(z). El entrenamiento cambia w en proporción a f′(z).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sombreado fuerte&lt;/b&gt; en el gráfico de f′ (bordes discontinuos): f′ = 0 exactamente, la unidad no aprende nada ahí (ReLU, escalón). Una unidad ReLU cuyo z es ≤ 0 en todas las entradas de entrenamiento está &lt;b&gt;muerta&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sombreado suave&lt;/b&gt;: las colas lejanas donde |f′| queda por debajo del 1 % de su máximo. La unidad está saturada y su gradiente casi desaparece: tanh más allá de |z| ≈ 3, sigmoide más allá de |z| ≈ 6 (amplía el rango de z para verlo).&lt;/p&gt;&lt;p&gt;Leaky ReLU mantiene una pendiente α bajo 0: un hilo de gradiente, así que la unidad puede recuperarse. El α de ELU es distinto: el nivel en que se satura su lado negativo.&lt;/p&gt;&lt;p&gt;La f′ de la sigmoide vale como máximo 0.25, una razón por la que su gradiente se desvanece a través de muchas capas; los pesos también cuentan (pestaña &lt;i&gt;{depth_tab}&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Qué observar</translation>
    </message>
    <message>
        <source>Tint in the f′ plot: strong (dashed edges) where f′ = 0 exactly, a ReLU or step unit can die; light on the far tails where |f′| stays below 1 % of its peak, saturated.</source>
        <translation>Sombreado en el gráfico de f′: fuerte (bordes discontinuos) donde f′ = 0 exactamente y una unidad ReLU o escalón puede morir; suave en las colas lejanas donde |f′| queda por debajo del 1 % de su máximo: saturada.</translation>
    </message>
    <message>
        <source>Hover over a plot to read f(z) and f′(z).</source>
        <translation>Pasa el ratón por un gráfico para leer f(z) y f′(z).</translation>
    </message>
    <message>
        <source>Tick an activation on the left to plot it.</source>
        <translation>Marca una activación a la izquierda para dibujarla.</translation>
    </message>
</context>
<context>
    <name>FeatureToggles</name>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>
The network needs one input: the last one stays on</source>
        <translation>
La red necesita una entrada: la última sigue activa</translation>
    </message>
    <message>
        <source>Inputs of the network: click to use a feature or stop using it (the first layer has one input per feature in use)</source>
        <translation>Entradas de la red: haz clic para usar una característica o dejar de usarla (la primera capa tiene una entrada por característica en uso)</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>x1: the point&apos;s first coordinate</source>
        <translation>x1: la primera coordenada del punto</translation>
    </message>
    <message>
        <source>x2: the point&apos;s second coordinate</source>
        <translation>x2: la segunda coordenada del punto</translation>
    </message>
    <message>
        <source>x1²: the first coordinate squared (with x2², circles become straight cuts)</source>
        <translation>x1²: la primera coordenada al cuadrado (con x2², los círculos se vuelven cortes rectos)</translation>
    </message>
    <message>
        <source>x2²: the second coordinate squared</source>
        <translation>x2²: la segunda coordenada al cuadrado</translation>
    </message>
    <message>
        <source>x1·x2: the product of the coordinates (its sign is the xor pattern)</source>
        <translation>x1·x2: el producto de las coordenadas (su signo es el patrón xor)</translation>
    </message>
    <message>
        <source>sin x1: the sine of the first coordinate (waves along x1)</source>
        <translation>sin x1: el seno de la primera coordenada (ondas a lo largo de x1)</translation>
    </message>
    <message>
        <source>sin x2: the sine of the second coordinate (waves along x2)</source>
        <translation>sin x2: el seno de la segunda coordenada (ondas a lo largo de x2)</translation>
    </message>
    <message>
        <source>unknown feature {name}; choose from: {names}</source>
        <translation>característica desconocida {name}; elige entre: {names}</translation>
    </message>
    <message>
        <source>features must be a list of names, got {value}</source>
        <translation>features debe ser una lista de nombres, se recibió {value}</translation>
    </message>
    <message>
        <source>choose at least one feature from: {names}</source>
        <translation>elige al menos una característica de: {names}</translation>
    </message>
    <message>
        <source>{feature} is the only input left; a network needs one</source>
        <translation>{feature} es la única entrada que queda; una red necesita una</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>you may not read it (permission denied)</source>
        <translation>no tienes permiso para leerlo (permiso denegado)</translation>
    </message>
    <message>
        <source>you may not write in that folder (permission denied)</source>
        <translation>no tienes permiso para escribir en esa carpeta (permiso denegado)</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>su carpeta no existe</translation>
    </message>
    <message>
        <source>it is a folder, not an experiment file</source>
        <translation>es una carpeta, no un archivo de experimento</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>hay una carpeta con ese nombre</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>una parte de su ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>su nombre es demasiado largo</translation>
    </message>
    <message>
        <source>its path goes round in a loop of links</source>
        <translation>su ruta da vueltas en un bucle de enlaces</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>no se pudo leer el disco</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>no se pudo escribir en el disco</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>tu cuota de disco está agotada</translation>
    </message>
    <message>
        <source>an experiment file</source>
        <translation>un archivo de experimento</translation>
    </message>
    <message>
        <source>a points file</source>
        <translation>un archivo de puntos</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>no se pudo escribir</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {index} is not part of a character)</source>
        <translation>no es texto UTF-8 (el byte {index} no forma parte de un carácter)</translation>
    </message>
    <message>
        <source>{file}: it is a folder, not {kind}</source>
        <translation>{file}: es una carpeta, no {kind}</translation>
    </message>
    <message>
        <source>{file}: it is not a regular file (a pipe, socket or device), so it is not read</source>
        <translation>{file}: no es un archivo normal (es una tubería, un socket o un dispositivo), así que no se lee</translation>
    </message>
    <message>
        <source>{file}: it is {size}; {kind} is at most {limit}</source>
        <translation>{file}: ocupa {size}; {kind} ocupa como máximo {limit}</translation>
    </message>
    <message>
        <source>weights must be an object with weights, biases and slopes</source>
        <translation>weights debe ser un objeto con weights, biases y slopes</translation>
    </message>
    <message>
        <source>weights.{key} must hold {count} arrays for this network</source>
        <translation>weights.{key} debe contener {count} arrays para esta red</translation>
    </message>
    <message>
        <source>weights.{key}[{index}] must be an array of numbers</source>
        <translation>weights.{key}[{index}] debe ser un array de números</translation>
    </message>
    <message>
        <source>weights.{key}[{index}] must have shape {shape}, got {got}</source>
        <translation>weights.{key}[{index}] debe tener forma {shape}, se recibió {got}</translation>
    </message>
    <message>
        <source>weights.{key}[{index}] holds a number that is not finite</source>
        <translation>weights.{key}[{index}] contiene un número no finito</translation>
    </message>
    <message>
        <source>its saved weights (the largest is {largest}) overflow 64-bit numbers, which end near 1.8e308: on its own data the loss or its gradient is not a finite number before any step, so this network cannot train</source>
        <translation>sus pesos guardados (el mayor es {largest}) desbordan los números de 64 bits, que acaban cerca de 1.8e308: con sus propios datos la pérdida o su gradiente no es un número finito antes de cualquier paso, así que esta red no puede entrenar</translation>
    </message>
</context>
<context>
    <name>Frames</name>
    <message>
        <source>MP4 needs: pip install reludesk[video]</source>
        <translation>MP4 necesita: pip install reludesk[video]</translation>
    </message>
    <message>
        <source>{name}: the file name must end in .gif, .mp4 or .png</source>
        <translation>{name}: el nombre del archivo debe terminar en .gif, .mp4 o .png</translation>
    </message>
    <message>
        <source>{name}: there are no frames to write</source>
        <translation>{name}: no hay fotogramas que escribir</translation>
    </message>
</context>
<context>
    <name>FrontTab</name>
    <message>
        <source>Train more slowly: the next lower speed (down to 1 step/s)</source>
        <translation>Entrenar más despacio: la velocidad inferior siguiente (hasta 1 paso/s)</translation>
    </message>
    <message>
        <source>Train faster: the next higher speed (up to full speed)</source>
        <translation>Entrenar más deprisa: la velocidad superior siguiente (hasta la máxima)</translation>
    </message>
    <message>
        <source>Off in the 32 seeds tab: a run trains every network at full speed</source>
        <translation>Desactivado en la pestaña 32 semillas: una tanda entrena cada red a velocidad máxima</translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation>Iniciar o pausar el entrenamiento</translation>
    </message>
    <message>
        <source>Train one step (one batch)</source>
        <translation>Entrenar un paso (un lote)</translation>
    </message>
    <message>
        <source>Build the network again from the settings: a new start</source>
        <translation>Construir de nuevo la red con los ajustes: un nuevo comienzo</translation>
    </message>
    <message>
        <source>{burst}, then back to the rate set: kills ReLUs</source>
        <translation>{burst} y luego de vuelta a la tasa fijada: mata ReLUs</translation>
    </message>
    <message>
        <source>Start or pause both Compare networks, in lockstep</source>
        <translation>Iniciar o pausar las dos redes de Comparar, al mismo paso</translation>
    </message>
    <message>
        <source>Both Compare networks take one step</source>
        <translation>Las dos redes de Comparar dan un paso</translation>
    </message>
    <message>
        <source>Start both Compare networks again from the same weights</source>
        <translation>Reiniciar las dos redes de Comparar desde los mismos pesos</translation>
    </message>
    <message>
        <source>Both Compare networks take {burst}, then go back to their rate</source>
        <translation>Las dos redes de Comparar dan {burst} y luego vuelven a su tasa</translation>
    </message>
    <message>
        <source>Train the 32 seeds, or cancel the run</source>
        <translation>Entrenar las 32 semillas, o cancelar la tanda</translation>
    </message>
    <message>
        <source>Off in the 32 seeds tab: a run trains all its steps at once</source>
        <translation>Desactivado en la pestaña 32 semillas: una tanda entrena todos sus pasos de una vez</translation>
    </message>
    <message>
        <source>Off in the 32 seeds tab: each run starts from new networks</source>
        <translation>Desactivado en la pestaña 32 semillas: cada tanda parte de redes nuevas</translation>
    </message>
    <message>
        <source>Off in the 32 seeds tab: tick “Burst first” before a run instead</source>
        <translation>Desactivado en la pestaña 32 semillas: marca «Ráfaga antes» antes de una tanda</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Iniciar / pausa</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Paso</translation>
    </message>
    <message>
        <source>&amp;Reset network</source>
        <translation>&amp;Reiniciar red</translation>
    </message>
    <message>
        <source>&amp;Burst</source>
        <translation>Rá&amp;faga</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>&amp;Más rápido</translation>
    </message>
    <message>
        <source>Compare: {said}</source>
        <translation>Comparar: {said}</translation>
    </message>
    <message>
        <source>Compare: both networks start again from the same weights</source>
        <translation>Comparar: las dos redes empiezan de nuevo desde los mismos pesos</translation>
    </message>
    <message>
        <source>Compare, step: {steps}</source>
        <translation>Comparar, paso: {steps}</translation>
    </message>
    <message>
        <source>Compare, burst: {steps}</source>
        <translation>Comparar, ráfaga: {steps}</translation>
    </message>
    <message>
        <source>32 seeds: run cancelled</source>
        <translation>32 semillas: tanda cancelada</translation>
    </message>
    <message>
        <source>32 seeds: training every network of the run</source>
        <translation>32 semillas: entrenando cada red de la tanda</translation>
    </message>
</context>
<context>
    <name>HistoryPlots</name>
    <message>
        <source>Loss (log scale)</source>
        <translation>Pérdida (escala log.)</translation>
    </message>
    <message>
        <source>Loss (log)</source>
        <translation>Pérdida (log)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Dead % per layer</source>
        <translation>% muertas por capa</translation>
    </message>
    <message>
        <source>Dead %</source>
        <translation>% muertas</translation>
    </message>
    <message>
        <source>Dead % (- - inactive)</source>
        <translation>% muertas (- - inactivas)</translation>
    </message>
    <message>
        <source>Dead % (- - saturated)</source>
        <translation>% muertas (- - saturadas)</translation>
    </message>
    <message>
        <source>Gradient size (log)</source>
        <translation>Tamaño del gradiente (log)</translation>
    </message>
    <message>
        <source>Gradient (log)</source>
        <translation>Gradiente (log)</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradiente</translation>
    </message>
    <message>
        <source>PReLU slope per layer</source>
        <translation>Pendiente PReLU por capa</translation>
    </message>
    <message>
        <source>PReLU slope</source>
        <translation>Pendiente PReLU</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Training loss (solid) and test loss (dashed) over the steps, log scale</source>
        <translation>Pérdida de entrenamiento (continua) y de prueba (discontinua) a lo largo de los pasos, escala logarítmica</translation>
    </message>
    <message>
        <source>Share of each hidden layer&apos;s units that are dead (solid: no gradient on any input). Dashed, for Leaky ReLU and PReLU: inactive but alive (below zero on every input, gradient still flows); for smooth activations: saturated (|f′| &lt; {floor} on every input, alive but numerically silent)</source>
        <translation>Proporción de unidades muertas de cada capa oculta (continua: sin gradiente en ninguna entrada). Discontinua, para Leaky ReLU y PReLU: inactivas pero vivas (bajo cero en todas las entradas, el gradiente sigue fluyendo); para activaciones suaves: saturadas (|f′| &lt; {floor} en todas las entradas, vivas pero numéricamente mudas)</translation>
    </message>
    <message>
        <source>Size of each weight layer&apos;s gradient over the steps, log scale. Early layers far below late ones: vanishing gradients</source>
        <translation>Tamaño del gradiente de cada capa de pesos a lo largo de los pasos, escala logarítmica. Primeras capas muy por debajo de las últimas: gradientes que se desvanecen</translation>
    </message>
    <message>
        <source>PReLU only: each hidden layer&apos;s learned slope below zero, the mean over its units (each unit&apos;s own is the tick at its corner in the network picture). The dashed line is where they started; 0 would be ReLU, 1 a straight line</source>
        <translation>Solo PReLU: la pendiente bajo cero aprendida por cada capa oculta, la media de sus unidades (la de cada unidad es la marca de su esquina en el dibujo de la red). La línea discontinua es donde empezaron; 0 sería ReLU, 1 una recta</translation>
    </message>
    <message>
        <source>training stopped</source>
        <translation>entrenamiento detenido</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>capa {n}</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>Lección anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation>Lección siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <source>Show or fold the lesson&apos;s text (T)</source>
        <translation>Mostrar o plegar el texto de la lección (T)</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Ráfaga</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>Qué observar</translation>
    </message>
    <message>
        <source>{steps} steps at learning rate {rate} for the networks shown, then back to their rate (B)</source>
        <translation>{steps} pasos con tasa de aprendizaje {rate} para las redes mostradas, y luego de vuelta a su tasa (B)</translation>
    </message>
    <message>
        <source>Lesson {number} of {count}</source>
        <translation>Lección {number} de {count}</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>1. The step function cannot learn</source>
        <translation>1. La función escalón no puede aprender</translation>
    </message>
    <message>
        <source>The step function fires 1 when z ≥ 0 and 0 below: a neuron either speaks or not. Its derivative is 0 everywhere (and undefined at 0), so no gradient reaches the hidden weights and they never change. The network view marks all 16 hidden units dead in this gradient sense, though each still fires on about half of the inputs (median 52 %). Only the output layer learns, and from hidden features that never change it cannot find the circle: press Play and the test accuracy stays near a coin toss (median 49 % after 5,000 steps).</source>
        <translation>La función escalón da 1 cuando z ≥ 0 y 0 por debajo: una neurona o habla o calla. Su derivada es 0 en todas partes (y no está definida en 0), así que ningún gradiente llega a los pesos ocultos y nunca cambian. La vista de la red marca muertas, en este sentido del gradiente, las 16 unidades ocultas, aunque cada una se sigue activando con cerca de la mitad de las entradas (mediana 52 %). Solo aprende la capa de salida, y con características ocultas que nunca cambian no puede encontrar el círculo: pulsa Iniciar y la exactitud de prueba se queda cerca de lanzar una moneda (mediana 49 % tras 5.000 pasos).</translation>
    </message>
    <message>
        <source>The derivative plot is flat at 0; the hidden neurons&apos; pictures never change.</source>
        <translation>El gráfico de la derivada es plano en 0; los dibujos de las neuronas ocultas nunca cambian.</translation>
    </message>
    <message>
        <source>2. Sigmoid and tanh: the vanishing gradient</source>
        <translation>2. Sigmoide y tanh: el desvanecimiento del gradiente</translation>
    </message>
    <message>
        <source>Sigmoid is smooth, but its slope is at most 0.25. Going back through six layers the gradient is multiplied at every layer by such a slope (and by the weights), so the first layers hear little: over the first 1,000 steps the first layer&apos;s gradient is about 150 times smaller than the output layer&apos;s (median of 16 starting weights; about 3,000 times at step 0), and after 3,000 steps the network is still at a coin toss (median 49 %). Tanh&apos;s slope reaches 1 at zero: switch the activation to tanh and the first layer&apos;s gradient is no smaller than the output&apos;s, and the circle is learnt (median 100 % after 3,000 steps).</source>
        <translation>La sigmoide es suave, pero su pendiente vale como máximo 0.25. Al retroceder por seis capas, el gradiente se multiplica en cada capa por una pendiente así (y por los pesos), de modo que a las primeras capas les llega poco: en los primeros 1.000 pasos, el gradiente de la primera capa es unas 150 veces menor que el de la capa de salida (mediana de 16 pesos iniciales; unas 3.000 veces en el paso 0), y tras 3.000 pasos la red sigue como lanzar una moneda (mediana 49 %). La pendiente de tanh llega a 1 en cero: cambia la activación a tanh y el gradiente de la primera capa no es menor que el de la salida, y la red aprende el círculo (mediana 100 % tras 3.000 pasos).</translation>
    </message>
    <message>
        <source>Gradient size (log): “layer 1” runs about 150 times (two orders of magnitude) below “output”.</source>
        <translation>Tamaño del gradiente (log): «capa 1» va unas 150 veces (dos órdenes de magnitud) por debajo de «salida».</translation>
    </message>
    <message>
        <source>3. ReLU trains fast</source>
        <translation>3. ReLU entrena rápido</translation>
    </message>
    <message>
        <source>ReLU passes z when it is positive and 0 otherwise. Its slope is exactly 1 wherever the unit is active, so the activation itself takes nothing from the gradient on its way back; only the weights and the units that are off shrink it. Put ReLU into lesson 2&apos;s six-layer network and its first layer gets about as much gradient as the output (median ratio 1.0 over the first 1,000 steps, against sigmoid&apos;s 150). It is also cheap to compute. This two-layer network with ReLU passes 90 % test accuracy on the circle within 300 steps (median of 16 starting weights); with sigmoid it is still near a coin toss after 1,000 steps (median 51 %).</source>
        <translation>ReLU deja pasar z cuando es positivo y 0 en otro caso. Su pendiente es exactamente 1 allí donde la unidad está activa, así que la activación no le quita nada al gradiente en su camino de vuelta; solo lo reducen los pesos y las unidades apagadas. Pon ReLU en la red de seis capas de la lección 2 y su primera capa recibe tanto gradiente como la salida (razón mediana 1.0 en los primeros 1.000 pasos, frente a 150 con la sigmoide). Además es barata de calcular. Esta red de dos capas con ReLU supera el 90 % de exactitud de prueba en el círculo en 300 pasos (mediana de 16 pesos iniciales); con la sigmoide sigue cerca de lanzar una moneda tras 1.000 pasos (mediana 51 %).</translation>
    </message>
    <message>
        <source>Loss falls quickly; the decision boundary wraps the inner circle.</source>
        <translation>La pérdida baja deprisa; la frontera de decisión rodea el círculo interior.</translation>
    </message>
    <message>
        <source>4. Dying ReLU</source>
        <translation>4. ReLU moribunda</translation>
    </message>
    <message>
        <source>ReLU&apos;s slope is 0 for every negative z. Press Space to train for a moment, then B for a Burst: 100 steps at learning rate 1, then back to 0.1. Its big, noisy steps shrink a dying unit&apos;s weights (about 7-fold) and pull its bias below zero until its z is negative for every training input: no water passes the tap, no gradient reaches its weights. Click a crossed neuron: the neuron inspector shows the histogram of its z over the training inputs, wholly left of zero. The burst kills a median of 8 of the 16 units (16 starting weights), and 60,000 steps later every one of them is still dead: each sees only the fixed data, so nothing can move its z again. In a deeper network a dead unit of a later layer can come back, because the layers below it keep learning and move its inputs.</source>
        <translation>La pendiente de ReLU es 0 para todo z negativo. Pulsa Espacio para entrenar un momento y luego B para una ráfaga: 100 pasos con tasa de aprendizaje 1 y luego de vuelta a 0.1. Sus pasos grandes y ruidosos encogen los pesos de una unidad moribunda (unas 7 veces) y empujan su sesgo bajo cero hasta que su z es negativo en todas las entradas de entrenamiento: no pasa agua por el grifo, ningún gradiente llega a sus pesos. Haz clic en una neurona tachada: el inspector de neuronas muestra el histograma de su z sobre las entradas de entrenamiento, entero a la izquierda del cero. La ráfaga mata una mediana de 8 de las 16 unidades (16 pesos iniciales), y 60.000 pasos después todas siguen muertas: cada una solo ve los datos fijos, así que nada puede volver a mover su z. En una red más profunda, una unidad muerta de una capa posterior puede volver, porque las capas de debajo siguen aprendiendo y mueven sus entradas.</translation>
    </message>
    <message>
        <source>Dead neurons turn grey and crossed; the dead count jumps (about 8 / 16 in the median network) and never falls.</source>
        <translation>Las neuronas muertas se vuelven grises y tachadas; el recuento de muertas salta (unas 8 / 16 en la red mediana) y nunca baja.</translation>
    </message>
    <message>
        <source>5. Leaky ReLU keeps them alive</source>
        <translation>5. Leaky ReLU las mantiene vivas</translation>
    </message>
    <message>
        <source>Leaky ReLU lets a small slope alpha through for negative z: a hole in the pipe. The same burst on the same network pushes units below zero, but they are only inactive, not dead: the gradient still flows at slope alpha, so they keep learning and can come back. With alpha 0.1 the burst leaves a median of 5.5 of the 16 units inactive (16 starting weights), and 2,000 steps later 2 are left; with alpha 0.01 (PyTorch&apos;s default) it leaves 8, and 6.5 are still inactive 2,000 steps later. Try the burst, then set alpha to 0.01 and try again.</source>
        <translation>Leaky ReLU deja pasar una pequeña pendiente alfa para z negativo: un agujero en la tubería. La misma ráfaga sobre la misma red empuja unidades bajo cero, pero solo quedan inactivas, no muertas: el gradiente sigue fluyendo con pendiente alfa, así que siguen aprendiendo y pueden volver. Con alfa 0.1 la ráfaga deja inactivas una mediana de 5.5 de las 16 unidades (16 pesos iniciales), y 2.000 pasos después quedan 2; con alfa 0.01 (el valor por defecto de PyTorch) deja 8, y 6.5 siguen inactivas 2.000 pasos después. Prueba la ráfaga, luego pon alfa en 0.01 y vuelve a probar.</translation>
    </message>
    <message>
        <source>No neuron is crossed out; dashed (inactive) ones come back to life. Click one: its z histogram lies left of zero, yet its gradient flows at slope alpha.</source>
        <translation>Ninguna neurona queda tachada; las discontinuas (inactivas) vuelven a la vida. Haz clic en una: su histograma de z queda a la izquierda del cero, pero su gradiente fluye con pendiente alfa.</translation>
    </message>
    <message>
        <source>6. Beyond: ELU, GELU, SiLU and PReLU</source>
        <translation>6. Más allá: ELU, GELU, SiLU y PReLU</translation>
    </message>
    <message>
        <source>Newer activations keep ReLU&apos;s slope of 1 for large z but bend smoothly below zero: ELU levels off at -alpha, GELU and SiLU dip to -0.17 and -0.28. None has a flat half-line where a unit dies as a ReLU does, yet far below zero their slopes fade: under 10⁻¹² below z ≈ -28 for ELU, -7.6 for GELU and -31 for SiLU, exactly 0 below -38.6 for GELU and -745 for the other two. A unit that stays there is marked saturated, not dead. PReLU learns its negative slope for every unit, starting at 0.25: after 5,000 steps of this network the mean slope is about 0.12 in layer 1 and 0.06 in layer 2 (median of 16 starting weights), and 30 % of the slopes are below 0: such a unit&apos;s f grows on both sides of zero.</source>
        <translation>Las activaciones más recientes conservan la pendiente 1 de ReLU para z grande, pero se curvan suavemente bajo cero: ELU se estabiliza en -alfa, GELU y SiLU bajan hasta -0.17 y -0.28. Ninguna tiene una semirrecta plana donde una unidad muera como en ReLU, pero muy por debajo de cero sus pendientes se desvanecen: menos de 10⁻¹² por debajo de z ≈ -28 para ELU, -7.6 para GELU y -31 para SiLU, y exactamente 0 por debajo de -38.6 para GELU y de -745 para las otras dos. Una unidad que se queda ahí se marca saturada, no muerta. PReLU aprende su pendiente negativa para cada unidad, empezando en 0.25: tras 5.000 pasos de esta red, la pendiente media es de unos 0.12 en la capa 1 y 0.06 en la capa 2 (mediana de 16 pesos iniciales), y el 30 % de las pendientes queda por debajo de 0: la f de una unidad así crece a ambos lados del cero.</translation>
    </message>
    <message>
        <source>The slope tick on each unit and the “PReLU slope per layer” plot leave 0.25.</source>
        <translation>La marca de pendiente de cada unidad y el gráfico «Pendiente PReLU por capa» se alejan de 0.25.</translation>
    </message>
    <message>
        <source>unknown lesson {name}; choose one of: {names}</source>
        <translation>lección desconocida {name}; elige una de: {names}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>explorer</source>
        <translation>explorador</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>entrenador</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>grifo</translation>
    </message>
    <message>
        <source>Activation explorer</source>
        <translation>Explorador de activaciones</translation>
    </message>
    <message>
        <source>Network trainer</source>
        <translation>Entrenador de redes</translation>
    </message>
    <message>
        <source>Water tap</source>
        <translation>Grifo de agua</translation>
    </message>
    <message>
        <source>Ready. Tick activations in the explorer to compare them; hover a plot to read f(z) and f′(z).</source>
        <translation>Listo. Marca activaciones en el explorador para compararlas; pasa el ratón por un gráfico para leer f(z) y f′(z).</translation>
    </message>
    <message>
        <source>Presentation mode: F11 or Esc to leave</source>
        <translation>Modo presentación: F11 o Esc para salir</translation>
    </message>
    <message>
        <source>Presentation mode off</source>
        <translation>Modo presentación desactivado</translation>
    </message>
    <message>
        <source>On stage: {views}. Keys: 1 explorer, 2 trainer, 3 tap, 0 the lesson&apos;s stage; F11 or Esc leaves</source>
        <translation>En escena: {views}. Teclas: 1 explorador, 2 entrenador, 3 grifo, 0 el escenario de la lección; F11 o Esc para salir</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Escenario</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About reludesk</source>
        <translation>Acerca de reludesk</translation>
    </message>
    <message>
        <source>reludesk: why ReLU, why it dies, how Leaky ReLU helps</source>
        <translation>reludesk: por qué ReLU, por qué muere, cómo ayuda Leaky ReLU</translation>
    </message>
    <message>
        <source>No translation into {language} is installed; the window stays as it was</source>
        <translation>No hay ninguna traducción instalada para {language}; la ventana sigue como estaba</translation>
    </message>
</context>
<context>
    <name>MarkedSlider</name>
    <message>
        <source>Step {step}: {text}</source>
        <translation>Paso {step}: {text}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>&amp;Abrir experimento…</translation>
    </message>
    <message>
        <source>Load a saved experiment (.reludesk.json)</source>
        <translation>Cargar un experimento guardado (.reludesk.json)</translation>
    </message>
    <message>
        <source>&amp;Save experiment…</source>
        <translation>&amp;Guardar experimento…</translation>
    </message>
    <message>
        <source>Save the settings of this experiment (.reludesk.json)</source>
        <translation>Guardar los ajustes de este experimento (.reludesk.json)</translation>
    </message>
    <message>
        <source>Save experiment with &amp;weights…</source>
        <translation>Guardar experimento con &amp;pesos…</translation>
    </message>
    <message>
        <source>Save the settings and the trained weights, to go on from here later</source>
        <translation>Guardar los ajustes y los pesos entrenados, para seguir desde aquí más tarde</translation>
    </message>
    <message>
        <source>&amp;Export figure…</source>
        <translation>&amp;Exportar figura…</translation>
    </message>
    <message>
        <source>Save the explorer&apos;s f(z) and f′(z) plots as PNG or SVG, or the curves as CSV</source>
        <translation>Guardar los gráficos f(z) y f′(z) del explorador como PNG o SVG, o las curvas como CSV</translation>
    </message>
    <message>
        <source>Export &amp;history as CSV…</source>
        <translation>Exportar &amp;historial como CSV…</translation>
    </message>
    <message>
        <source>Save the training history (loss, accuracy, dead share, gradient size) as CSV</source>
        <translation>Guardar el historial de entrenamiento (pérdida, exactitud, proporción de muertas, tamaño del gradiente) como CSV</translation>
    </message>
    <message>
        <source>Screensho&amp;t of the window…</source>
        <translation>&amp;Captura de la ventana…</translation>
    </message>
    <message>
        <source>Save a picture of the whole window (PNG)</source>
        <translation>Guardar una imagen de toda la ventana (PNG)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close reludesk</source>
        <translation>Cerrar reludesk</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Full screen, large text, thick lines and strong contrast, for a projector (Esc leaves it)</source>
        <translation>Pantalla completa, texto grande, líneas gruesas y contraste fuerte, para un proyector (Esc para salir)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>Devolver cada panel a su sitio inicial</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About reludesk</source>
        <translation>A&amp;cerca de reludesk</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Versión y créditos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Export &amp;plot</source>
        <translation>E&amp;xportar gráfico</translation>
    </message>
    <message>
        <source>{plot}…</source>
        <translation>{plot}…</translation>
    </message>
    <message>
        <source>Save this plot as PNG or SVG: {plot}</source>
        <translation>Guardar este gráfico como PNG o SVG: {plot}</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>Gra&amp;bar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show or hide this panel: {panel}</source>
        <translation>Mostrar u ocultar este panel: {panel}</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Colours: {theme}</source>
        <translation>Colores: {theme}</translation>
    </message>
    <message>
        <source>&amp;Import points (CSV)…</source>
        <translation>I&amp;mportar puntos (CSV)…</translation>
    </message>
    <message>
        <source>Train on points read from a CSV file (x1,x2,label); the network keeps its weights</source>
        <translation>Entrenar con puntos leídos de un archivo CSV (x1,x2,label); la red conserva sus pesos</translation>
    </message>
    <message>
        <source>Export p&amp;oints (CSV)…</source>
        <translation>Exportar p&amp;untos (CSV)…</translation>
    </message>
    <message>
        <source>Save the points in use, train and test, as CSV (x1,x2,label)</source>
        <translation>Guardar los puntos en uso, de entrenamiento y de prueba, como CSV (x1,x2,label)</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Mouse over a plot</source>
        <translation>Ratón sobre un gráfico</translation>
    </message>
    <message>
        <source>Read z, f(z) and f′(z)</source>
        <translation>Leer z, f(z) y f′(z)</translation>
    </message>
    <message>
        <source>Drag / wheel on a plot</source>
        <translation>Arrastrar / rueda en un gráfico</translation>
    </message>
    <message>
        <source>Pan / zoom; right-click for more</source>
        <translation>Desplazar / zoom; clic derecho para más</translation>
    </message>
    <message>
        <source>Click a legend line</source>
        <translation>Clic en una línea de la leyenda</translation>
    </message>
    <message>
        <source>Hide that activation</source>
        <translation>Ocultar esa activación</translation>
    </message>
    <message>
        <source>A desktop simulator that shows why ReLU replaced step, sigmoid and tanh, why ReLU neurons die, and how Leaky ReLU keeps them alive.</source>
        <translation>Un simulador de escritorio que muestra por qué ReLU sustituyó a escalón, sigmoide y tanh, por qué mueren las neuronas ReLU y cómo Leaky ReLU las mantiene vivas.</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>Licencia MIT.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} debe ser un número entero, se recibió {value}</translation>
    </message>
    <message>
        <source>layer must be a hidden layer, 0 to {last}, got {layer}</source>
        <translation>layer debe ser una capa oculta, de 0 a {last}, se recibió {layer}</translation>
    </message>
    <message>
        <source>unit must be 0 to {last} in layer {layer}, got {unit}</source>
        <translation>unit debe ir de 0 a {last} en la capa {layer}, se recibió {unit}</translation>
    </message>
    <message>
        <source>replica must be 0 to {last}, got {replica}</source>
        <translation>replica debe ir de 0 a {last}, se recibió {replica}</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>los pesos</translation>
    </message>
    <message>
        <source>the bias</source>
        <translation>el sesgo</translation>
    </message>
    <message>
        <source>a kill bias needs at least one input row</source>
        <translation>un sesgo que mate necesita al menos una fila de entrada</translation>
    </message>
    <message>
        <source>this unit&apos;s inputs are not finite numbers, so no bias can kill it</source>
        <translation>las entradas de esta unidad no son números finitos, así que ningún sesgo puede matarla</translation>
    </message>
    <message>
        <source>{what} must be numbers</source>
        <translation>{what}: se esperaban números</translation>
    </message>
    <message>
        <source>{what} must be {count} numbers, got shape {shape}</source>
        <translation>{what}: deben ser {count} números, se recibió la forma {shape}</translation>
    </message>
    <message>
        <source>{what} must be one number, got shape {shape}</source>
        <translation>{what}: debe ser un número, se recibió la forma {shape}</translation>
    </message>
    <message>
        <source>{what} must be finite numbers (no nan or infinity)</source>
        <translation>{what}: deben ser números finitos (ni nan ni infinito)</translation>
    </message>
    <message>
        <source>{what} must lie within ±{limit}</source>
        <translation>{what}: debe estar dentro de ±{limit}</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Your own data: {points} points ({train} train, {test} test); the network trains on with its weights</source>
        <translation>Tus propios datos: {points} puntos ({train} de entrenamiento, {test} de prueba); la red sigue entrenando con sus pesos</translation>
    </message>
    <message>
        <source>New data (data seed {seed}): the network keeps its weights</source>
        <translation>Datos nuevos (semilla de datos {seed}): la red conserva sus pesos</translation>
    </message>
    <message>
        <source>New weights (seed {seed}) on the same data</source>
        <translation>Pesos nuevos (semilla {seed}) con los mismos datos</translation>
    </message>
    <message>
        <source>Speed: {speed}</source>
        <translation>Velocidad: {speed}</translation>
    </message>
    <message>
        <source>Learning rate {rate}: the network trains on from here</source>
        <translation>Tasa de aprendizaje {rate}: la red sigue entrenando desde aquí</translation>
    </message>
    <message>
        <source>Step {step}</source>
        <translation>Paso {step}</translation>
    </message>
    <message>
        <source>A new network from the current settings</source>
        <translation>Una red nueva con los ajustes actuales</translation>
    </message>
    <message>
        <source>Burst: {burst}; back to {rate}</source>
        <translation>Ráfaga: {burst}; de vuelta a {rate}</translation>
    </message>
    <message>
        <source>Paused at step {step}</source>
        <translation>En pausa en el paso {step}</translation>
    </message>
    <message>
        <source>Training has stopped; lower the learning rate, then Reset</source>
        <translation>El entrenamiento se ha detenido; baja la tasa de aprendizaje y luego Reiniciar</translation>
    </message>
    <message>
        <source>Not applied: {message}. The network keeps its previous settings.</source>
        <translation>No aplicado: {message}. La red conserva sus ajustes anteriores.</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>alive</source>
        <translation>viva</translation>
    </message>
    <message>
        <source>inactive but alive</source>
        <translation>inactiva pero viva</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>muerta</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>saturada</translation>
    </message>
    <message>
        <source>Alive: bar = share of inputs it fires on</source>
        <translation>Viva: barra = proporción de entradas en que se activa</translation>
    </message>
    <message>
        <source>Alive (bar: share firing)</source>
        <translation>Viva (barra: % activa)</translation>
    </message>
    <message>
        <source>Inactive but alive: z &lt; 0 everywhere, gradient still leaks</source>
        <translation>Inactiva pero viva: z &lt; 0 en todas partes, el gradiente aún se filtra</translation>
    </message>
    <message>
        <source>Inactive, still leaks gradient</source>
        <translation>Inactiva, aún filtra gradiente</translation>
    </message>
    <message>
        <source>Dead: no gradient; its weights go grey</source>
        <translation>Muerta: sin gradiente; sus pesos se vuelven grises</translation>
    </message>
    <message>
        <source>Dead: no gradient</source>
        <translation>Muerta: sin gradiente</translation>
    </message>
    <message>
        <source>Dead in the gradient sense: f′ = 0, though it may fire</source>
        <translation>Muerta en el sentido del gradiente: f′ = 0, aunque puede activarse</translation>
    </message>
    <message>
        <source>Dead: f′ = 0, may still fire</source>
        <translation>Muerta: f′ = 0, puede activarse</translation>
    </message>
    <message>
        <source>Saturated: |f′| &lt; {floor} on every input (alive, numerically silent)</source>
        <translation>Saturada: |f′| &lt; {floor} en todas las entradas (viva, numéricamente muda)</translation>
    </message>
    <message>
        <source>Saturated: |f′| &lt; {floor}</source>
        <translation>Saturada: |f′| &lt; {floor}</translation>
    </message>
    <message>
        <source>Tick: its learned slope below zero</source>
        <translation>Marca: su pendiente aprendida bajo cero</translation>
    </message>
    <message>
        <source>Tick: learned slope</source>
        <translation>Marca: pendiente aprendida</translation>
    </message>
    <message>
        <source>Weights: blue +, orange −, thicker = larger |w|</source>
        <translation>Pesos: azul +, naranja −, más grueso = mayor |w|</translation>
    </message>
    <message>
        <source>Weights + / −</source>
        <translation>Pesos + / −</translation>
    </message>
    <message>
        <source>(strongest weights only)</source>
        <translation>(solo los pesos más fuertes)</translation>
    </message>
    <message>
        <source>(big layers: only the strongest weights)</source>
        <translation>(capas grandes: solo los pesos más fuertes)</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ent.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sal.</translation>
    </message>
    <message>
        <source>Hidden {n}</source>
        <translation>Oculta {n}</translation>
    </message>
    <message>
        <source>H{n}</source>
        <translation>O{n}</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>la salida</translation>
    </message>
    <message>
        <source>output {n}</source>
        <translation>salida {n}</translation>
    </message>
    <message>
        <source>neuron {unit} of hidden layer {layer}</source>
        <translation>neurona {unit} de la capa oculta {layer}</translation>
    </message>
    <message>
        <source>{n} dead</source>
        <translation>{n} muertas</translation>
    </message>
    <message>
        <source>{n} inactive</source>
        <translation>{n} inactivas</translation>
    </message>
    <message>
        <source>{n} saturated</source>
        <translation>{n} saturadas</translation>
    </message>
    <message>
        <source> sat</source>
        <translation> sat</translation>
    </message>
    <message>
        <source>all alive</source>
        <translation>todas vivas</translation>
    </message>
    <message>
        <source>{name} - click to stop using it
{tip}</source>
        <translation>{name} - clic para dejar de usarla
{tip}</translation>
    </message>
    <message>
        <source>{name} - click to use it
{tip}</source>
        <translation>{name} - clic para usarla
{tip}</translation>
    </message>
    <message>
        <source>not a number (training diverged)</source>
        <translation>no es un número (el entrenamiento divergió)</translation>
    </message>
    <message>
        <source>dead in the gradient sense: a step&apos;s f′(z) is 0 at every z, so though it fires on {share} of training inputs, no gradient reaches its weights</source>
        <translation>muerta en el sentido del gradiente: la f′(z) de un escalón es 0 en todo z, así que aunque se activa con el {share} de las entradas de entrenamiento, ningún gradiente llega a sus pesos</translation>
    </message>
    <message>
        <source>f′(z) = 0 on every training input, so no gradient reaches its weights; nothing can bring it back: its inputs are the fixed data</source>
        <translation>f′(z) = 0 en todas las entradas de entrenamiento, así que ningún gradiente llega a sus pesos; nada puede devolverla a la vida: sus entradas son los datos fijos</translation>
    </message>
    <message>
        <source>f′(z) = 0 on every training input, so no gradient reaches its weights; it comes back only if the layers below move its inputs above zero</source>
        <translation>f′(z) = 0 en todas las entradas de entrenamiento, así que ningún gradiente llega a sus pesos; solo vuelve si las capas de debajo llevan sus entradas por encima de cero</translation>
    </message>
    <message>
        <source>|f′(z)| &lt; {floor} on every training input: mathematically alive, numerically silent (its gradient is not exactly 0, as a dead ReLU&apos;s is, but far too small to move its weights)</source>
        <translation>|f′(z)| &lt; {floor} en todas las entradas de entrenamiento: matemáticamente viva, numéricamente muda (su gradiente no es exactamente 0, como el de una ReLU muerta, pero es demasiado pequeño para mover sus pesos)</translation>
    </message>
    <message>
        <source>its learned slope {slope}</source>
        <translation>su pendiente aprendida {slope}</translation>
    </message>
    <message>
        <source>slope α = {alpha}</source>
        <translation>pendiente α = {alpha}</translation>
    </message>
    <message>
        <source>z &lt; 0 on every training input, yet gradient still flows at {slope}, so it can revive</source>
        <translation>z &lt; 0 en todas las entradas de entrenamiento, pero el gradiente sigue fluyendo con {slope}, así que puede revivir</translation>
    </message>
    <message>
        <source>gradient reaches its weights from some training inputs</source>
        <translation>el gradiente llega a sus pesos desde algunas entradas de entrenamiento</translation>
    </message>
    <message>
        <source>Bias: {bias}</source>
        <translation>Sesgo: {bias}</translation>
    </message>
    <message>
        <source>Gradient norm of its incoming weights: {norm}</source>
        <translation>Norma del gradiente de sus pesos de entrada: {norm}</translation>
    </message>
    <message>
        <source>Output neuron: the probability of class 1 over the input plane</source>
        <translation>Neurona de salida: la probabilidad de la clase 1 sobre el plano de entrada</translation>
    </message>
    <message>
        <source>Output neuron: the predicted value over the input plane</source>
        <translation>Neurona de salida: el valor predicho sobre el plano de entrada</translation>
    </message>
    <message>
        <source>Hidden layer {layer}, neuron {unit}</source>
        <translation>Capa oculta {layer}, neurona {unit}</translation>
    </message>
    <message>
        <source>State: {state}: {reason}</source>
        <translation>Estado: {state}: {reason}</translation>
    </message>
    <message>
        <source>Active share: fires (z &gt; 0) on {share} of training inputs</source>
        <translation>Proporción activa: se activa (z &gt; 0) con el {share} de las entradas de entrenamiento</translation>
    </message>
    <message>
        <source>Mean z over training inputs: {mean}</source>
        <translation>z media sobre las entradas de entrenamiento: {mean}</translation>
    </message>
    <message>
        <source>Learned slope below zero: {slope} (the tick at its corner)</source>
        <translation>Pendiente aprendida bajo cero: {slope} (la marca de su esquina)</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>una proporción desconocida</translation>
    </message>
</context>
<context>
    <name>NetworkViewAccessible</name>
    <message>
        <source>Network: neurons and weights</source>
        <translation>Red: neuronas y pesos</translation>
    </message>
    <message>
        <source>Every input and neuron with its state. Tab into it; the arrow keys move between neurons, Enter opens the inspector on one (or toggles an input), Escape clears the selection</source>
        <translation>Cada entrada y neurona con su estado. Entra con Tab; las flechas se mueven entre neuronas, Intro abre el inspector en una (o activa/desactiva una entrada), Escape borra la selección</translation>
    </message>
    <message>
        <source>no gradient</source>
        <translation>sin gradiente</translation>
    </message>
    <message>
        <source>z &lt; 0 everywhere, gradient still leaks</source>
        <translation>z &lt; 0 en todas partes, el gradiente aún se filtra</translation>
    </message>
    <message>
        <source>|f′| &lt; {floor} on every input</source>
        <translation>|f′| &lt; {floor} en todas las entradas</translation>
    </message>
    <message>
        <source>f′ = 0, may still fire</source>
        <translation>f′ = 0, puede activarse</translation>
    </message>
    <message>
        <source>Input {label}, in use</source>
        <translation>Entrada {label}, en uso</translation>
    </message>
    <message>
        <source>Input {label}, not in use</source>
        <translation>Entrada {label}, sin usar</translation>
    </message>
    <message>
        <source>Output neuron</source>
        <translation>Neurona de salida</translation>
    </message>
    <message>
        <source>Output neuron {unit}</source>
        <translation>Neurona de salida {unit}</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>una proporción desconocida</translation>
    </message>
    <message>
        <source>Hidden layer {layer}, neuron {unit}: {state}, fires on {share} of training inputs</source>
        <translation>Capa oculta {layer}, neurona {unit}: {state}, se activa con el {share} de las entradas de entrenamiento</translation>
    </message>
    <message>
        <source>Enter does what a click does</source>
        <translation>Intro hace lo mismo que un clic</translation>
    </message>
    <message>
        <source>Press Enter to inspect it</source>
        <translation>Pulsa Intro para inspeccionarla</translation>
    </message>
</context>
<context>
    <name>NeuronInspector</name>
    <message>
        <source>Show on the output plot</source>
        <translation>Mostrar en el gráfico de salida</translation>
    </message>
    <message>
        <source>Draw this neuron&apos;s output over the input plane in the big plot</source>
        <translation>Dibujar la salida de esta neurona sobre el plano de entrada en el gráfico grande</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Matar</translation>
    </message>
    <message>
        <source>Push the bias down just far enough that z &lt; 0 on every training input</source>
        <translation>Bajar el sesgo justo lo necesario para que z &lt; 0 en todas las entradas de entrenamiento</translation>
    </message>
    <message>
        <source>Revive</source>
        <translation>Revivir</translation>
    </message>
    <message>
        <source>Draw this neuron&apos;s weights and bias afresh, as the network&apos;s initialiser does</source>
        <translation>Sortear de nuevo los pesos y el sesgo de esta neurona, como hace el inicializador de la red</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Deshacer la última edición</translation>
    </message>
    <message>
        <source>Undo the last edit ({keys}): the numbers come back exactly</source>
        <translation>Deshacer la última edición ({keys}): los números vuelven exactamente</translation>
    </message>
    <message>
        <source>Neuron {unit} of hidden layer {layer}: {state}</source>
        <translation>Neurona {unit} de la capa oculta {layer}: {state}</translation>
    </message>
    <message>
        <source>from x{n}</source>
        <translation>de x{n}</translation>
    </message>
    <message>
        <source>from neuron {n}</source>
        <translation>de la neurona {n}</translation>
    </message>
    <message>
        <source>Click a neuron in the network to look inside it</source>
        <translation>Haz clic en una neurona de la red para ver su interior</translation>
    </message>
</context>
<context>
    <name>OutputTools</name>
    <message>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <source>Draw your own points on the plot: left click class A (orange), right click class B (blue); for regression the value beside it (right click: its negative). The network trains on, with the weights it has</source>
        <translation>Dibuja tus propios puntos en el gráfico: clic izquierdo clase A (naranja), clic derecho clase B (azul); para regresión, el valor de al lado (clic derecho: su negativo). La red sigue entrenando con los pesos que tiene</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>While on, a click removes the point nearest to it</source>
        <translation>Mientras está activo, un clic quita el punto más cercano</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Remove every point, to draw a data set from nothing</source>
        <translation>Quitar todos los puntos, para dibujar un conjunto de datos desde cero</translation>
    </message>
    <message>
        <source>Target of a left click (regression); a right click draws its negative</source>
        <translation>Objetivo de un clic izquierdo (regresión); un clic derecho dibuja su negativo</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Show the test points (rings)</source>
        <translation>Mostrar los puntos de prueba (anillos)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Colour the plane by the class the network predicts (output ≥ 0.5), or the sign of its output for regression, instead of the output itself</source>
        <translation>Colorear el plano según la clase que predice la red (salida ≥ 0.5), o el signo de su salida en regresión, en lugar de la propia salida</translation>
    </message>
    <message>
        <source>Import points…</source>
        <translation>Importar puntos…</translation>
    </message>
    <message>
        <source>Read points from a CSV file (x1,x2,label)</source>
        <translation>Leer puntos de un archivo CSV (x1,x2,label)</translation>
    </message>
    <message>
        <source>Export points…</source>
        <translation>Exportar puntos…</translation>
    </message>
    <message>
        <source>Save the points in use as a CSV file (x1,x2,label)</source>
        <translation>Guardar los puntos en uso como archivo CSV (x1,x2,label)</translation>
    </message>
</context>
<context>
    <name>PanelLayout</name>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>% entrenamiento</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Slope α</source>
        <translation>Pendiente α</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Init weights</source>
        <translation>Pesos iniciales</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Regularize</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <source>Reg. rate</source>
        <translation>Tasa reg.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>task must be one of: {tasks}; got {task}</source>
        <translation>task debe ser una de: {tasks}; se recibió {task}</translation>
    </message>
    <message>
        <source>points need X (n, 2) and y (n,), got {x_shape} and {y_shape}</source>
        <translation>los puntos necesitan X (n, 2) e y (n,), se recibieron {x_shape} y {y_shape}</translation>
    </message>
    <message>
        <source>at most {most} points are allowed, got {count}</source>
        <translation>se permiten como máximo {most} puntos, se recibieron {count}</translation>
    </message>
    <message>
        <source>every coordinate and label must be a finite number</source>
        <translation>cada coordenada y etiqueta debe ser un número finito</translation>
    </message>
    <message>
        <source>coordinates must lie in [-{limit}, {limit}]</source>
        <translation>las coordenadas deben estar en [-{limit}, {limit}]</translation>
    </message>
    <message>
        <source>at most {most} points are allowed; erase some first</source>
        <translation>se permiten como máximo {most} puntos; borra algunos primero</translation>
    </message>
    <message>
        <source>points must be an object with &quot;task&quot; and &quot;rows&quot;</source>
        <translation>points debe ser un objeto con &quot;task&quot; y &quot;rows&quot;</translation>
    </message>
    <message>
        <source>points.rows must be a list of [x1, x2, label] rows</source>
        <translation>points.rows debe ser una lista de filas [x1, x2, label]</translation>
    </message>
    <message>
        <source>points.rows holds {count} rows; at most {most}</source>
        <translation>points.rows contiene {count} filas; como máximo {most}</translation>
    </message>
    <message>
        <source>points.rows[{index}] must be three numbers [x1, x2, label]</source>
        <translation>points.rows[{index}] debe tener tres números [x1, x2, label]</translation>
    </message>
    <message>
        <source>points: {reason}</source>
        <translation>points: {reason}</translation>
    </message>
    <message>
        <source>label {label}: a class is 0 (class A, orange) or 1 (class B, blue)</source>
        <translation>etiqueta {label}: una clase es 0 (clase A, naranja) o 1 (clase B, azul)</translation>
    </message>
    <message>
        <source>target {target} is outside [-1, 1], the range of a regression target</source>
        <translation>el objetivo {target} está fuera de [-1, 1], el rango de un objetivo de regresión</translation>
    </message>
    <message>
        <source>{file}, line {line}: no column {missing}; the first line must name the columns {header}</source>
        <translation>{file}, línea {line}: no hay columna {missing}; la primera línea debe nombrar las columnas {header}</translation>
    </message>
    <message>
        <source>{file}, line {line}: a point beyond the first {most}; at most {most} points are read</source>
        <translation>{file}, línea {line}: un punto más allá de los primeros {most}; se leen como máximo {most} puntos</translation>
    </message>
    <message>
        <source>{file}, line {line}: {count} values, but the first line names {columns} columns</source>
        <translation>{file}, línea {line}: {count} valores, pero la primera línea nombra {columns} columnas</translation>
    </message>
    <message>
        <source>{file}: it is empty; the first line must be {header}</source>
        <translation>{file}: está vacío; la primera línea debe ser {header}</translation>
    </message>
    <message>
        <source>{file}: it holds no points, only the line naming the columns</source>
        <translation>{file}: no contiene puntos, solo la línea que nombra las columnas</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, línea {line}</translation>
    </message>
    <message>
        <source>{where}: {column} is {text}, not a number</source>
        <translation>{where}: {column} es {text}, no un número</translation>
    </message>
    <message>
        <source>{where}: {column} is {text}; every value must be a finite number</source>
        <translation>{where}: {column} es {text}; cada valor debe ser un número finito</translation>
    </message>
    <message>
        <source>{where}: {column} = {value} is outside [-{limit}, {limit}]</source>
        <translation>{where}: {column} = {value} está fuera de [-{limit}, {limit}]</translation>
    </message>
    <message>
        <source>{where}: label {text}; for classification a label is 0 (class A, orange) or 1 (class B, blue)</source>
        <translation>{where}: etiqueta {text}; en clasificación una etiqueta es 0 (clase A, naranja) o 1 (clase B, azul)</translation>
    </message>
    <message>
        <source>{where}: label {value} is outside [-1, 1], the range of a regression target</source>
        <translation>{where}: la etiqueta {value} está fuera de [-1, 1], el rango de un objetivo de regresión</translation>
    </message>
</context>
<context>
    <name>PointsIO</name>
    <message>
        <source>Points as CSV (*.csv);;All files (*)</source>
        <translation>Puntos en CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import points</source>
        <translation>Importar puntos</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>Exportar puntos</translation>
    </message>
    <message>
        <source>{problem} The data in use is unchanged.</source>
        <translation>{problem} Los datos en uso no han cambiado.</translation>
    </message>
    <message>
        <source>Read {count} points from {name}: the network trains on them with the weights it has</source>
        <translation>Leídos {count} puntos de {name}: la red entrena con ellos con los pesos que tiene</translation>
    </message>
    <message>
        <source>Saved {count} points to {path}</source>
        <translation>Guardados {count} puntos en {path}</translation>
    </message>
</context>
<context>
    <name>PropertiesTable</name>
    <message>
        <source>Measured when the table is first shown; one moment.</source>
        <translation>Se mide la primera vez que se muestra la tabla; un momento.</translation>
    </message>
</context>
<context>
    <name>RecordControl</name>
    <message>
        <source>A recording is still being written; wait for it to finish</source>
        <translation>Aún se está escribiendo una grabación; espera a que termine</translation>
    </message>
    <message>
        <source>Recording {target} to {name}: press Esc to stop</source>
        <translation>Grabando {target} en {name}: pulsa Esc para parar</translation>
    </message>
    <message>
        <source>Writing {frames} frames to {name}… ({why})</source>
        <translation>Escribiendo {frames} fotogramas en {name}… ({why})</translation>
    </message>
    <message>
        <source>Writing {frames} frames to {name}…</source>
        <translation>Escribiendo {frames} fotogramas en {name}…</translation>
    </message>
    <message>
        <source>Saved {name}: {frames} frames, {size}</source>
        <translation>Guardado {name}: {frames} fotogramas, {size}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>GIF (animated picture: slides, web pages)</source>
        <translation>GIF (imagen animada: diapositivas, páginas web)</translation>
    </message>
    <message>
        <source>MP4 (video)</source>
        <translation>MP4 (vídeo)</translation>
    </message>
    <message>
        <source>Record the window or one panel as a GIF or MP4</source>
        <translation>Grabar la ventana o un panel como GIF o MP4</translation>
    </message>
    <message>
        <source>Record the window or one panel as a GIF ({hint})</source>
        <translation>Grabar la ventana o un panel como GIF ({hint})</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source> frames a second</source>
        <translation> fotogramas por segundo</translation>
    </message>
    <message>
        <source> s at most (Esc stops sooner)</source>
        <translation> s como máximo (Esc detiene antes)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Record to</source>
        <translation>Grabar en</translation>
    </message>
</context>
<context>
    <name>RecordIndicator</name>
    <message>
        <source>Recording: press Esc to stop and save</source>
        <translation>Grabando: pulsa Esc para parar y guardar</translation>
    </message>
    <message>
        <source>● REC {time}</source>
        <translation>● REC {time}</translation>
    </message>
    <message>
        <source>Recording, {n} seconds</source>
        <translation>Grabando, {n} segundos</translation>
    </message>
    <message>
        <source>Saving… {percent} %</source>
        <translation>Guardando… {percent} %</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>there was not enough memory for its frames</source>
        <translation>no hubo memoria suficiente para sus fotogramas</translation>
    </message>
    <message>
        <source>a frame could not be kept ({problem})</source>
        <translation>no se pudo guardar un fotograma ({problem})</translation>
    </message>
    <message>
        <source>{name}: it could not be written ({error})</source>
        <translation>{name}: no se pudo escribir ({error})</translation>
    </message>
    <message>
        <source>the memory set aside for frames is full</source>
        <translation>la memoria reservada para fotogramas está llena</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{name}: a recording is saved as {allowed}</source>
        <translation>{name}: una grabación se guarda como {allowed}</translation>
    </message>
    <message>
        <source>{name}: a recording is saved as {allowed} ({hint})</source>
        <translation>{name}: una grabación se guarda como {allowed} ({hint})</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Whole window</source>
        <translation>Ventana entera</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Network output plot</source>
        <translation>Gráfico de salida de la red</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Gráfico de pérdida</translation>
    </message>
    <message>
        <source>Water tap</source>
        <translation>Grifo de agua</translation>
    </message>
    <message>
        <source>Activation explorer</source>
        <translation>Explorador de activaciones</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>training</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>escribiendo</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, e.g. 800x600, got {text}</source>
        <translation>--size debe ser ANCHOxALTO en píxeles, p. ej. 800x600, se recibió {text}</translation>
    </message>
    <message>
        <source>--size sides must be {low} to {high} pixels, got {width}x{height}</source>
        <translation>los lados de --size deben medir de {low} a {high} píxeles, se recibió {width}x{height}</translation>
    </message>
    <message>
        <source>--out: the folder {folder} does not exist</source>
        <translation>--out: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>--out must end in .gif, .mp4 or .png, or be a folder, got {text}</source>
        <translation>--out debe terminar en .gif, .mp4 o .png, o ser una carpeta, se recibió {text}</translation>
    </message>
    <message>
        <source>--lesson: unknown lesson {lesson}; choose one of: {names}</source>
        <translation>--lesson: lección desconocida {lesson}; elige una de: {names}</translation>
    </message>
    <message>
        <source>--panel: unknown panel {panel}; choose one of: {names}</source>
        <translation>--panel: panel desconocido {panel}; elige uno de: {names}</translation>
    </message>
    <message>
        <source>--steps must be 1 to {most}, got {steps}</source>
        <translation>--steps debe ir de 1 a {most}, se recibió {steps}</translation>
    </message>
    <message>
        <source>--burst-at must be 0 to --steps ({steps}), got {burst_at}</source>
        <translation>--burst-at debe ir de 0 a --steps ({steps}), se recibió {burst_at}</translation>
    </message>
    <message>
        <source>--fps must be 1 to {most}, got {fps}</source>
        <translation>--fps debe ir de 1 a {most}, se recibió {fps}</translation>
    </message>
    <message>
        <source>--every must be at least 1 step, got {every}</source>
        <translation>--every debe ser al menos 1 paso, se recibió {every}</translation>
    </message>
    <message>
        <source>--every {every} makes {frames} frames, at most {most}: take --every {least} or more</source>
        <translation>--every {every} da {frames} fotogramas, como máximo {most}: usa --every {least} o más</translation>
    </message>
    <message>
        <source>the frames filled {mb} MB at frame {k}: take a larger --every or a smaller --size</source>
        <translation>los fotogramas ocuparon {mb} MB en el fotograma {k}: usa un --every mayor o un --size menor</translation>
    </message>
    <message>
        <source>{title}  ·  step {step}  ·  burst: learning rate {rate}</source>
        <translation>{title}  ·  paso {step}  ·  ráfaga: tasa de aprendizaje {rate}</translation>
    </message>
    <message>
        <source>{title}  ·  step {step}</source>
        <translation>{title}  ·  paso {step}</translation>
    </message>
    <message>
        <source>{prog}: error: {reason}</source>
        <translation>{prog}: error: {reason}</translation>
    </message>
    <message>
        <source>Render a lesson&apos;s run offscreen, for slides: a GIF, an MP4 or a series of PNG files.</source>
        <translation>Renderizar fuera de pantalla la ejecución de una lección, para diapositivas: un GIF, un MP4 o una serie de archivos PNG.</translation>
    </message>
    <message>
        <source>one of: {names}</source>
        <translation>uno de: {names}</translation>
    </message>
    <message>
        <source>step of the burst ({steps} steps at learning rate {rate}); none if left out</source>
        <translation>paso de la ráfaga ({steps} pasos con tasa de aprendizaje {rate}); ninguna si se omite</translation>
    </message>
    <message>
        <source>steps to train in all</source>
        <translation>pasos de entrenamiento en total</translation>
    </message>
    <message>
        <source>file .gif, .mp4 or .png (a numbered series), or a folder</source>
        <translation>archivo .gif, .mp4 o .png (una serie numerada), o una carpeta</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT in pixels (default {size}, the window {window})</source>
        <translation>ANCHOxALTO en píxeles (por defecto {size}, la ventana {window})</translation>
    </message>
    <message>
        <source>frames a second (default %(default)s)</source>
        <translation>fotogramas por segundo (por defecto %(default)s)</translation>
    </message>
    <message>
        <source>a frame every N steps (default: about {seconds} s of video)</source>
        <translation>un fotograma cada N pasos (por defecto: unos {seconds} s de vídeo)</translation>
    </message>
    <message>
        <source>no caption strip (lesson, step, burst) at the foot</source>
        <translation>sin franja de rótulo (lección, paso, ráfaga) al pie</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>escrito {path}</translation>
    </message>
    <message>
        <source>wrote {path} ({size})</source>
        <translation>escrito {path} ({size})</translation>
    </message>
</context>
<context>
    <name>SeedHistogram</name>
    <message>
        <source>networks</source>
        <translation>redes</translation>
    </message>
    <message>
        <source>share of hidden units (%)</source>
        <translation>proporción de unidades ocultas (%)</translation>
    </message>
    <message>
        <source>Each bar counts the networks that ended with that share of dead units</source>
        <translation>Cada barra cuenta las redes que acabaron con esa proporción de unidades muertas</translation>
    </message>
    <message>
        <source>median {value:.0f} %</source>
        <translation>mediana {value:.0f} %</translation>
    </message>
    <message>
        <source>Dead units per network, {seeds} seeds</source>
        <translation>Unidades muertas por red, {seeds} semillas</translation>
    </message>
    <message>
        <source>dead (no gradient)</source>
        <translation>muertas (sin gradiente)</translation>
    </message>
</context>
<context>
    <name>SeedStatsPanel</name>
    <message>
        <source>Press “Train {seeds} seeds” to see how often this network loses its neurons.</source>
        <translation>Pulsa «Entrenar {seeds} semillas» para ver con qué frecuencia esta red pierde sus neuronas.</translation>
    </message>
    <message>
        <source>Train {seeds} seeds</source>
        <translation>Entrenar {seeds} semillas</translation>
    </message>
    <message>
        <source>Train this configuration {seeds} times at once, from {seeds} different starting weights (same data, same batches), and count the dead units of each network</source>
        <translation>Entrenar esta configuración {seeds} veces a la vez, desde {seeds} pesos iniciales distintos (mismos datos, mismos lotes), y contar las unidades muertas de cada red</translation>
    </message>
    <message>
        <source>Burst first ({burst})</source>
        <translation>Ráfaga antes ({burst})</translation>
    </message>
    <message>
        <source>A too-high learning rate for a moment: this is what kills ReLUs</source>
        <translation>Una tasa de aprendizaje demasiado alta durante un momento: esto es lo que mata las ReLU</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <source>Steps at the configuration&apos;s own learning rate</source>
        <translation>Pasos con la tasa de aprendizaje propia de la configuración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>then</source>
        <translation>luego</translation>
    </message>
    <message>
        <source>{activation} · hidden {hidden} · {dataset} · learning rate {rate} · batch {batch} · {init} init · {optimizer}</source>
        <translation>{activation} · ocultas {hidden} · {dataset} · tasa de aprendizaje {rate} · lote {batch} · inic. {init} · {optimizer}</translation>
    </message>
    <message>
        <source>Run before: {summary}</source>
        <translation>Tanda anterior: {summary}</translation>
    </message>
    <message>
        <source>after {calm} steps at learning rate {rate}</source>
        <translation>tras {calm} pasos con tasa de aprendizaje {rate}</translation>
    </message>
    <message>
        <source>after a burst of {burst} and {calm} calm steps at {rate}</source>
        <translation>tras una ráfaga de {burst} y {calm} pasos tranquilos a {rate}</translation>
    </message>
</context>
<context>
    <name>SeedsSummary</name>
    <message>
        <source>(the middle half all at {share})</source>
        <translation>(la mitad central, toda en {share})</translation>
    </message>
    <message>
        <source>(the middle half between {low} and {high})</source>
        <translation>(la mitad central entre {low} y {high})</translation>
    </message>
    <message>
        <source>Inactive but still learning (gradient leaks through, so they can revive)</source>
        <translation>Inactivas pero aún aprendiendo (el gradiente se filtra, así que pueden revivir)</translation>
    </message>
    <message>
        <source>Saturated (|f′| below {floor} on every input: mathematically alive, numerically silent)</source>
        <translation>Saturadas (|f′| por debajo de {floor} en todas las entradas: matemáticamente vivas, numéricamente mudas)</translation>
    </message>
    <message>
        <source>{title}: all {n} networks diverged, so there is nothing to count. Lower the learning rate and run again.</source>
        <translation>{title}: las {n} redes divergieron, así que no hay nada que contar. Baja la tasa de aprendizaje y vuelve a ejecutar.</translation>
    </message>
    <message>
        <source>{title}: median {median} dead over {n} seeds {spread}, {steps}.</source>
        <translation>{title}: mediana {median} muertas sobre {n} semillas {spread}, {steps}.</translation>
    </message>
    <message>
        <source>{words}: median {median} {spread}.</source>
        <translation>{words}: mediana {median} {spread}.</translation>
    </message>
    <message>
        <source>{n} diverged and is not counted.</source>
        <translation>{n} divergió y no se cuenta.</translation>
    </message>
    <message>
        <source>{n} diverged and are not counted.</source>
        <translation>{n} divergieron y no se cuentan.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>&amp;Lesson&apos;s stage</source>
        <translation>Escenario de la &amp;lección</translation>
    </message>
    <message>
        <source>&amp;Explorer alone</source>
        <translation>Solo el &amp;explorador</translation>
    </message>
    <message>
        <source>&amp;Trainer alone</source>
        <translation>Solo el e&amp;ntrenador</translation>
    </message>
    <message>
        <source>T&amp;ap alone</source>
        <translation>Solo el &amp;grifo</translation>
    </message>
    <message>
        <source>Presentation mode: put the lesson&apos;s own stage (or the view with focus) on the stage</source>
        <translation>Modo presentación: poner en escena el escenario propio de la lección (o la vista con el foco)</translation>
    </message>
    <message>
        <source>Presentation mode: put the explorer alone on the stage</source>
        <translation>Modo presentación: poner solo el explorador en escena</translation>
    </message>
    <message>
        <source>Presentation mode: put the trainer alone on the stage</source>
        <translation>Modo presentación: poner solo el entrenador en escena</translation>
    </message>
    <message>
        <source>Presentation mode: put the tap alone on the stage</source>
        <translation>Modo presentación: poner solo el grifo en escena</translation>
    </message>
    <message>
        <source>{tip} (press F11 first)</source>
        <translation>{tip} (pulsa F11 antes)</translation>
    </message>
</context>
<context>
    <name>StepAxis</name>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
</context>
<context>
    <name>TapDrawing</name>
    <message>
        <source>shut</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>supply →</source>
        <translation>suministro →</translation>
    </message>
</context>
<context>
    <name>TapLink</name>
    <message>
        <source>the first to die</source>
        <translation>la primera en morir</translation>
    </message>
    <message>
        <source>the most inactive ({percent} % of inputs below zero)</source>
        <translation>la más inactiva ({percent} % de entradas bajo cero)</translation>
    </message>
    <message>
        <source>layer {layer}, neuron {unit}</source>
        <translation>capa {layer}, neurona {unit}</translation>
    </message>
</context>
<context>
    <name>TapPanel</name>
    <message>
        <source>Valve z:</source>
        <translation>Válvula z:</translation>
    </message>
    <message>
        <source>Turn the valve: the neuron&apos;s input z, from −5 to 5</source>
        <translation>Gira la válvula: la entrada z de la neurona, de −5 a 5</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <source>Swing z slowly from −5 to 5 and back</source>
        <translation>Mover z despacio de −5 a 5 y volver</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>Stop following the neuron and set z by hand</source>
        <translation>Dejar de seguir a la neurona y fijar z a mano</translation>
    </message>
    <message>
        <source>Manual: you turn the valve. Click a neuron in the network to link the taps to it: they then show its z over the training inputs.</source>
        <translation>Manual: tú giras la válvula. Haz clic en una neurona de la red para enlazar los grifos con ella: entonces muestran su z sobre las entradas de entrenamiento.</translation>
    </message>
    <message>
        <source>Mode: Following</source>
        <translation>Modo: Siguiendo</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Modo: {mode}</translation>
    </message>
</context>
<context>
    <name>TapText</name>
    <message>
        <source>Dead: the network finds it shut for every training input, so no gradient reaches its weights.</source>
        <translation>Muerta: la red la encuentra cerrada en todas las entradas de entrenamiento, así que ningún gradiente llega a sus pesos.</translation>
    </message>
    <message>
        <source>Clogged: shut for this input, no gradient from it. Dead only if shut for every training input.</source>
        <translation>Atascada: cerrada para esta entrada, que no aporta gradiente. Muerta solo si está cerrada en todas las entradas de entrenamiento.</translation>
    </message>
    <message>
        <source>Valve shut for this input: no water, no gradient from it. The pipe is clogging.</source>
        <translation>Válvula cerrada para esta entrada: ni agua ni gradiente de ella. La tubería se está atascando.</translation>
    </message>
    <message>
        <source>Shut, but the gradient through the hole is {slope} wherever z &lt; 0, so the neuron can recover.</source>
        <translation>Cerrada, pero el gradiente por el agujero es {slope} allí donde z &lt; 0, así que la neurona puede recuperarse.</translation>
    </message>
    <message>
        <source>Water flows: the gradient passes at full strength, so the weights keep learning.</source>
        <translation>El agua fluye: el gradiente pasa con toda su fuerza, así que los pesos siguen aprendiendo.</translation>
    </message>
    <message>
        <source>DEAD</source>
        <translation>MUERTA</translation>
    </message>
    <message>
        <source>CLOGGED</source>
        <translation>ATASCADA</translation>
    </message>
    <message>
        <source>clog {percent} %</source>
        <translation>atasco {percent} %</translation>
    </message>
</context>
<context>
    <name>TapWidget</name>
    <message>
        <source>Manual</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>Following {neuron}</source>
        <translation>Siguiendo {neuron}</translation>
    </message>
    <message>
        <source>Following a neuron</source>
        <translation>Siguiendo una neurona</translation>
    </message>
    <message>
        <source>Linked to {neuron}</source>
        <translation>Enlazado con {neuron}</translation>
    </message>
    <message>
        <source>Linked to a neuron</source>
        <translation>Enlazado con una neurona</translation>
    </message>
    <message>
        <source>{mode}: {reason}</source>
        <translation>{mode}: {reason}</translation>
    </message>
    <message>
        <source>← leak</source>
        <translation>← fuga</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>This network is too large to keep its past steps: one state of it passes the timeline&apos;s memory budget</source>
        <translation>Esta red es demasiado grande para conservar sus pasos anteriores: un solo estado supera la memoria asignada a la línea de tiempo</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Step {shown} of {head}</source>
        <translation>Paso {shown} de {head}</translation>
    </message>
    <message>
        <source>Training on from step {step}; the {later} later step is set aside: Undo (Ctrl+Z) brings it back</source>
        <translation>Se sigue entrenando desde el paso {step}; queda apartado {later} paso posterior: Deshacer (Ctrl+Z) lo recupera</translation>
    </message>
    <message>
        <source>Training on from step {step}; the {later} later steps are set aside: Undo (Ctrl+Z) brings them back</source>
        <translation>Se sigue entrenando desde el paso {step}; quedan apartados {later} pasos posteriores: Deshacer (Ctrl+Z) los recupera</translation>
    </message>
    <message>
        <source>Drag back through the run: the network as it was at that step (training pauses). Red ticks: bursts, edits, new data. Play from an earlier step trains on from it</source>
        <translation>Arrastra hacia atrás por la ejecución: la red tal como era en ese paso (el entrenamiento se pausa). Marcas rojas: ráfagas, ediciones, datos nuevos. Iniciar desde un paso anterior sigue entrenando desde él</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Branch into Compare</source>
        <translation>Ramificar en Comparar</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <translation>&amp;Antes</translation>
    </message>
    <message>
        <source>Show the run one kept state earlier</source>
        <translation>Mostrar la ejecución un estado guardado antes</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Despué&amp;s</translation>
    </message>
    <message>
        <source>Show the run one kept state later</source>
        <translation>Mostrar la ejecución un estado guardado después</translation>
    </message>
    <message>
        <source>Back to &amp;now</source>
        <translation>&amp;Volver a ahora</translation>
    </message>
    <message>
        <source>Show the end of the run again</source>
        <translation>Volver a mostrar el final de la ejecución</translation>
    </message>
    <message>
        <source>&amp;Branch into Compare</source>
        <translation>Ramificar en &amp;Comparar</translation>
    </message>
    <message>
        <source>Train on from the step shown in the Compare tab: this activation against another (ReLU against Leaky ReLU at α 0.1; any other against ReLU), the very same network</source>
        <translation>Seguir entrenando desde el paso mostrado en la pestaña Comparar: esta activación frente a otra (ReLU frente a Leaky ReLU con α 0.1; cualquier otra frente a ReLU), con la misma red</translation>
    </message>
    <message>
        <source>Step {shown} of {head}: Play trains on from here, Now (End) shows the end again</source>
        <translation>Paso {shown} de {head}: Iniciar sigue entrenando desde aquí, Ahora (Fin) vuelve a mostrar el final</translation>
    </message>
    <message>
        <source>Now: step {step}, the end of the run</source>
        <translation>Ahora: paso {step}, el final de la ejecución</translation>
    </message>
    <message>
        <source>Edited at an earlier step: the run goes on from here (the later steps are gone)</source>
        <translation>Editado en un paso anterior: la ejecución sigue desde aquí (los pasos posteriores se han descartado)</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>new data</source>
        <translation>datos nuevos</translation>
    </message>
    <message>
        <source>burst: {steps} steps at rate {lr}</source>
        <translation>ráfaga: {steps} pasos a tasa {lr}</translation>
    </message>
    <message>
        <source>edited unit {unit} of layer {layer}</source>
        <translation>editada la unidad {unit} de la capa {layer}</translation>
    </message>
    <message>
        <source>killed unit {unit} of layer {layer}</source>
        <translation>matada la unidad {unit} de la capa {layer}</translation>
    </message>
    <message>
        <source>revived unit {unit} of layer {layer}</source>
        <translation>revivida la unidad {unit} de la capa {layer}</translation>
    </message>
    <message>
        <source>undid: {edit}</source>
        <translation>deshecho: {edit}</translation>
    </message>
    <message>
        <source>new data keeps the network; {fields} would change it</source>
        <translation>los datos nuevos conservan la red; cambiar {fields} la modificaría</translation>
    </message>
    <message>
        <source>new data must stay {task}, got {new} data</source>
        <translation>los datos nuevos deben seguir siendo de {task}, se recibieron datos de {new}</translation>
    </message>
</context>
<context>
    <name>TrainerButtons</name>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>Iniciar o pausar el entrenamiento (Espacio)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Train one step (one batch)</source>
        <translation>Entrenar un paso (un lote)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Build the network again from the settings: new start</source>
        <translation>Construir de nuevo la red con los ajustes: nuevo comienzo</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Ráfaga</translation>
    </message>
    <message>
        <source>{burst}, then back</source>
        <translation>{burst} y de vuelta</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Iniciar / pausa</translation>
    </message>
    <message>
        <source>New &amp;data, same weights</source>
        <translation>Nuevos &amp;datos, mismos pesos</translation>
    </message>
    <message>
        <source>New data from the next data seed; the network trains on with the weights it has</source>
        <translation>Datos nuevos con la siguiente semilla de datos; la red sigue entrenando con los pesos que tiene</translation>
    </message>
    <message>
        <source>New &amp;weights, same data</source>
        <translation>Nuevos pes&amp;os, mismos datos</translation>
    </message>
    <message>
        <source>A new network from the next seed, trained on the very same data</source>
        <translation>Una red nueva con la siguiente semilla, entrenada con los mismos datos</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>TrainerControls</name>
    <message>
        <source>Circle: one class inside a ring of the other (classification)</source>
        <translation>Círculo: una clase dentro de un anillo de la otra (clasificación)</translation>
    </message>
    <message>
        <source>XOR: opposite quadrants share a class (classification)</source>
        <translation>XOR: los cuadrantes opuestos comparten clase (clasificación)</translation>
    </message>
    <message>
        <source>Gauss: two clouds of points (classification)</source>
        <translation>Gauss: dos nubes de puntos (clasificación)</translation>
    </message>
    <message>
        <source>Spiral: two interleaved arms, the hardest (classification)</source>
        <translation>Espiral: dos brazos entrelazados, el más difícil (clasificación)</translation>
    </message>
    <message>
        <source>Plane: the target rises evenly across the plane (regression)</source>
        <translation>Plano: el objetivo sube uniformemente por el plano (regresión)</translation>
    </message>
    <message>
        <source>Multi-gauss: six bumps up and down (regression)</source>
        <translation>Multi-gauss: seis montículos arriba y abajo (regresión)</translation>
    </message>
    <message>
        <source>He: weights ~ N(0, 2 / fan_in), biases 0; made for ReLU</source>
        <translation>He: pesos ~ N(0, 2 / fan_in), sesgos 0; pensada para ReLU</translation>
    </message>
    <message>
        <source>Xavier (Glorot): weights ~ N(0, 2 / (fan_in + fan_out)); made for tanh</source>
        <translation>Xavier (Glorot): pesos ~ N(0, 2 / (fan_in + fan_out)); pensada para tanh</translation>
    </message>
    <message>
        <source>TF Playground: weights ~ U(−0.5, 0.5), biases 0.1</source>
        <translation>TF Playground: pesos ~ U(−0.5, 0.5), sesgos 0.1</translation>
    </message>
    <message>
        <source>He weights, hidden biases −1: many ReLUs start below zero (a bad start)</source>
        <translation>Pesos He, sesgos ocultos −1: muchas ReLU empiezan bajo cero (un mal comienzo)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>No penalty: the weights follow the data alone</source>
        <translation>Sin penalización: los pesos siguen solo a los datos</translation>
    </message>
    <message>
        <source>L1: adds rate × |w| to the loss; pushes weights to 0 (the small ones stay at 0, within a step: a sparse network)</source>
        <translation>L1: suma tasa × |w| a la pérdida; empuja los pesos hacia 0 (los pequeños se quedan en 0, dentro de un paso: una red dispersa)</translation>
    </message>
    <message>
        <source>L2: adds rate × w² / 2 to the loss; shrinks every weight in proportion to its size</source>
        <translation>L2: suma tasa × w² / 2 a la pérdida; encoge cada peso en proporción a su tamaño</translation>
    </message>
    <message>
        <source>Plain stochastic gradient descent</source>
        <translation>Descenso de gradiente estocástico simple</translation>
    </message>
    <message>
        <source>SGD with momentum 0.9: steps build up speed</source>
        <translation>SGD con momento 0.9: los pasos van ganando velocidad</translation>
    </message>
    <message>
        <source>Adam: a step size adapted per weight</source>
        <translation>Adam: un tamaño de paso adaptado a cada peso</translation>
    </message>
    <message>
        <source>{value} is below the usual {usual}: it runs as shown</source>
        <translation>{value} está por debajo del habitual {usual}: se usa tal cual</translation>
    </message>
    <message>
        <source> (all)</source>
        <translation> (todos)</translation>
    </message>
    <message>
        <source>Hidden layers and their units: 0 to {layers} layers of 1 to {width} units</source>
        <translation>Capas ocultas y sus unidades: de 0 a {layers} capas de 1 a {width} unidades</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Quitar la última capa oculta</translation>
    </message>
    <message>
        <source>Add a hidden layer (a copy of the last one)</source>
        <translation>Añadir una capa oculta (copia de la última)</translation>
    </message>
    <message>
        <source>Units in hidden layer {layer} (1 to {width})</source>
        <translation>Unidades de la capa oculta {layer} (1 a {width})</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>sin capa oculta</translation>
    </message>
    <message>
        <source>The data the network learns; points lie in [−6, 6]²</source>
        <translation>Los datos que aprende la red; los puntos están en [−6, 6]²</translation>
    </message>
    <message>
        <source>Noise in the data, 0 to 50 % (as in TF Playground)</source>
        <translation>Ruido en los datos, de 0 a 50 % (como en TF Playground)</translation>
    </message>
    <message>
        <source>Share of the points used for training; the rest test it</source>
        <translation>Proporción de puntos usados para entrenar; el resto sirve de prueba</translation>
    </message>
    <message>
        <source>Activation of every hidden unit</source>
        <translation>Activación de todas las unidades ocultas</translation>
    </message>
    <message>
        <source>Slope below zero: leaky_relu (0.01 usual), starting slope of prelu (0.25), elu&apos;s alpha (1.0)</source>
        <translation>Pendiente bajo cero: leaky_relu (habitual 0.01), pendiente inicial de prelu (0.25), alfa de elu (1.0)</translation>
    </message>
    <message>
        <source>Learning rate, 0.00001 to 10; changing it keeps the network (try a burst and back)</source>
        <translation>Tasa de aprendizaje, de 0.00001 a 10; cambiarla conserva la red (prueba una ráfaga y vuelta)</translation>
    </message>
    <message>
        <source>Quick picks: TF Playground&apos;s learning rates</source>
        <translation>Elección rápida: las tasas de aprendizaje de TF Playground</translation>
    </message>
    <message>
        <source>Points per training step, at most the training points: all of them reads “(all)”, and a larger batch (from a file, or when the train share shrinks) runs as all of them</source>
        <translation>Puntos por paso de entrenamiento, como máximo los puntos de entrenamiento: todos ellos se indica «(todos)», y un lote mayor (de un archivo, o cuando baja la proporción de entrenamiento) usa todos</translation>
    </message>
    <message>
        <source>How the weights start</source>
        <translation>Cómo empiezan los pesos</translation>
    </message>
    <message>
        <source>How each step moves the weights</source>
        <translation>Cómo mueve cada paso los pesos</translation>
    </message>
    <message>
        <source>A penalty on large weights, added to the loss</source>
        <translation>Una penalización de los pesos grandes, sumada a la pérdida</translation>
    </message>
    <message>
        <source>Regularisation rate, 0 to {top}: how strongly the penalty pulls the weights to 0; the arrows step through TF Playground&apos;s rates (off while the penalty is none)</source>
        <translation>Tasa de regularización, de 0 a {top}: con cuánta fuerza la penalización lleva los pesos hacia 0; las flechas recorren las tasas de TF Playground (desactivada mientras no haya penalización)</translation>
    </message>
    <message>
        <source>Random seed of the data, the first weights and the batches</source>
        <translation>Semilla aleatoria de los datos, los primeros pesos y los lotes</translation>
    </message>
    <message>
        <source>Training speed, steps per second: slow it down to watch each step (at 10 steps/s a burst takes 10 s and units die one by one). Keys: − slower, + faster</source>
        <translation>Velocidad de entrenamiento, pasos por segundo: redúcela para ver cada paso (a 10 pasos/s una ráfaga dura 10 s y las unidades mueren una a una). Teclas: − más lento, + más rápido</translation>
    </message>
    <message>
        <source>learning rate {rate} is below the usual {usual} and runs as saved</source>
        <translation>la tasa de aprendizaje {rate} está por debajo de la habitual {usual} y se usa tal como se guardó</translation>
    </message>
    <message>
        <source>alpha {alpha} is below the usual {usual} and runs as saved</source>
        <translation>alfa {alpha} está por debajo del habitual {usual} y se usa tal como se guardó</translation>
    </message>
    <message>
        <source>{name} rate {rate} is unusually large (above {large}): the penalty can outweigh the data and pull every weight to about 0 (the network then learns nothing); it runs as saved</source>
        <translation>la tasa {rate} de {name} es inusualmente grande (más de {large}): la penalización puede pesar más que los datos y llevar cada peso a casi 0 (la red entonces no aprende nada); se usa tal como se guardó</translation>
    </message>
</context>
<context>
    <name>TrainerLabels</name>
    <message>
        <source>Dead hidden units: f′(z) = 0 on every training input, so no gradient reaches them (a step unit is dead in this sense even while it fires: its f′ is 0 everywhere)</source>
        <translation>Unidades ocultas muertas: f′(z) = 0 en todas las entradas de entrenamiento, así que no les llega gradiente (una unidad escalón está muerta en este sentido aunque se active: su f′ es 0 en todas partes)</translation>
    </message>
    <message>
        <source>Inactive but alive: z &lt; 0 on every input, yet gradient flows at slope alpha, so they can revive</source>
        <translation>Inactivas pero vivas: z &lt; 0 en todas las entradas, pero el gradiente fluye con pendiente alfa, así que pueden revivir</translation>
    </message>
    <message>
        <source>Saturated: a smooth activation whose |f′(z)| is below {floor} on every input. Mathematically alive, numerically silent: not dead (its gradient is not exactly 0), but too small to move its weights</source>
        <translation>Saturadas: una activación suave cuya |f′(z)| está por debajo de {floor} en todas las entradas. Matemáticamente vivas, numéricamente mudas: no muertas (su gradiente no es exactamente 0), pero demasiado pequeño para mover sus pesos</translation>
    </message>
    <message>
        <source>Loss and accuracy on the training and the test points</source>
        <translation>Pérdida y exactitud en los puntos de entrenamiento y de prueba</translation>
    </message>
    <message>
        <source>What went wrong with training and what to do next</source>
        <translation>Qué ha fallado en el entrenamiento y qué hacer a continuación</translation>
    </message>
    <message>
        <source>Why the last setting was not applied</source>
        <translation>Por qué no se aplicó el último ajuste</translation>
    </message>
</context>
<context>
    <name>TrainerStatus</name>
    <message>
        <source>Dead {dead} / {total} ({share})</source>
        <translation>Muertas {dead} / {total} ({share})</translation>
    </message>
    <message>
        <source>a million-fold</source>
        <translation>un millón de veces</translation>
    </message>
    <message>
        <source>{factor}-fold</source>
        <translation>{factor} veces</translation>
    </message>
    <message>
        <source>The loss has grown {fold} since the start: training is running away and will soon overflow. Lower the learning rate, or press Reset.</source>
        <translation>La pérdida ha crecido {fold} desde el inicio: el entrenamiento se descontrola y pronto desbordará. Baja la tasa de aprendizaje o pulsa Reiniciar.</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Velocidad máxima</translation>
    </message>
    <message>
        <source>{speed} step/s</source>
        <translation>{speed} paso/s</translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation>{speed} pasos/s</translation>
    </message>
    <message>
        <source>{steps} steps at learning rate {rate}</source>
        <translation>{steps} pasos con tasa de aprendizaje {rate}</translation>
    </message>
    <message>
        <source>Burst: {taken} / {total} steps at rate {rate}</source>
        <translation>Ráfaga: {taken} / {total} pasos a tasa {rate}</translation>
    </message>
    <message>
        <source>Burst: {total} steps at learning rate {rate}; back to {back}</source>
        <translation>Ráfaga: {total} pasos con tasa de aprendizaje {rate}; de vuelta a {back}</translation>
    </message>
    <message>
        <source>Burst stopped after {taken} / {total} steps; back to rate {back}</source>
        <translation>Ráfaga detenida tras {taken} / {total} pasos; de vuelta a la tasa {back}</translation>
    </message>
    <message>
        <source>{title} (α {alpha})</source>
        <translation>{title} (α {alpha})</translation>
    </message>
    <message>
        <source>Dead 0 / 0 (no hidden layer)</source>
        <translation>Muertas 0 / 0 (sin capa oculta)</translation>
    </message>
    <message>
        <source>· {n} inactive but alive</source>
        <translation>· {n} inactivas pero vivas</translation>
    </message>
    <message>
        <source>inactive, can revive</source>
        <translation>inactivas, pueden revivir</translation>
    </message>
    <message>
        <source>saturated (|f′| &lt; {floor})</source>
        <translation>saturadas (|f′| &lt; {floor})</translation>
    </message>
    <message>
        <source>· {n} saturated (|f′| &lt; {floor} on every input)</source>
        <translation>· {n} saturadas (|f′| &lt; {floor} en todas las entradas)</translation>
    </message>
    <message>
        <source>Dead {missing} / {total} · diverged at step {step}, not counted</source>
        <translation>Muertas {missing} / {total} · divergió en el paso {step}, sin contar</translation>
    </message>
    <message>
        <source>{title}: {n} inactive but still learning</source>
        <translation>{title}: {n} inactivas pero aún aprendiendo</translation>
    </message>
    <message>
        <source>{title}: {n} saturated (|f′| &lt; {floor}), none can die</source>
        <translation>{title}: {n} saturadas (|f′| &lt; {floor}), ninguna puede morir</translation>
    </message>
    <message>
        <source>{title}: no unit can die or sleep</source>
        <translation>{title}: ninguna unidad puede morir ni dormirse</translation>
    </message>
    <message>
        <source>{title}: {n} dead (no gradient reaches them)</source>
        <translation>{title}: {n} muertas (no les llega gradiente)</translation>
    </message>
    <message>
        <source>{title} diverged</source>
        <translation>{title} divergió</translation>
    </message>
    <message>
        <source>After the burst (back at rate {rate}): {results}.</source>
        <translation>Tras la ráfaga (de vuelta a tasa {rate}): {results}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>{title} stopped at step {step}</source>
        <translation>{title} se detuvo en el paso {step}</translation>
    </message>
    <message>
        <source>No burst: {which} (training diverged), and moving only the other network would leave the two at different steps. Press Reset, or lower the learning rate.</source>
        <translation>Sin ráfaga: {which} (el entrenamiento divergió), y mover solo la otra red dejaría las dos en pasos distintos. Pulsa Reiniciar o baja la tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>No step: {which} (training diverged), and moving only the other network would leave the two at different steps. Press Reset, or lower the learning rate.</source>
        <translation>Sin paso: {which} (el entrenamiento divergió), y mover solo la otra red dejaría las dos en pasos distintos. Pulsa Reiniciar o baja la tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>Step {step}</source>
        <translation>Paso {step}</translation>
    </message>
    <message>
        <source>{title}: step {step} (stopped)</source>
        <translation>{title}: paso {step} (detenida)</translation>
    </message>
    <message>
        <source>{title}: step {step}</source>
        <translation>{title}: paso {step}</translation>
    </message>
    <message>
        <source>{title} diverged at step {step}</source>
        <translation>{title} divergió en el paso {step}</translation>
    </message>
    <message>
        <source>{which}: a number overflowed, so training stopped and the last finite state is shown. Press Reset, or lower the learning rate.</source>
        <translation>{which}: un número se desbordó, así que el entrenamiento se detuvo y se muestra el último estado finito. Pulsa Reiniciar o baja la tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>loss: train {train}, test {test}</source>
        <translation>pérdida: entren. {train}, prueba {test}</translation>
    </message>
    <message>
        <source>accuracy: train {train}, test {test}</source>
        <translation>exactitud: entren. {train}, prueba {test}</translation>
    </message>
    <message>
        <source>The burst did nothing: training had already stopped at step {step} (a number overflowed before the burst), so no step was taken. Lower the learning rate, then press Reset.</source>
        <translation>La ráfaga no hizo nada: el entrenamiento ya se había detenido en el paso {step} (un número se desbordó antes de la ráfaga), así que no se dio ningún paso. Baja la tasa de aprendizaje y pulsa Reiniciar.</translation>
    </message>
    <message>
        <source>Training stopped: the loss grew without limit, because the steps were too big (the burst at learning rate {rate} is too large for this network). The picture shows the last good state. Lower the learning rate, then press Reset.</source>
        <translation>Entrenamiento detenido: la pérdida creció sin límite porque los pasos eran demasiado grandes (la ráfaga con tasa de aprendizaje {rate} es demasiado para esta red). La imagen muestra el último estado bueno. Baja la tasa de aprendizaje y pulsa Reiniciar.</translation>
    </message>
    <message>
        <source>Training stopped: the loss grew without limit, because the steps were too big (the learning rate {rate} is too large for this network). The picture shows the last good state. Lower the learning rate, then press Reset.</source>
        <translation>Entrenamiento detenido: la pérdida creció sin límite porque los pasos eran demasiado grandes (la tasa de aprendizaje {rate} es demasiado grande para esta red). La imagen muestra el último estado bueno. Baja la tasa de aprendizaje y pulsa Reiniciar.</translation>
    </message>
    <message>
        <source>Training: step {step} · {rate} steps/s</source>
        <translation>Entrenando: paso {step} · {rate} pasos/s</translation>
    </message>
</context>
<context>
    <name>TrainerTabs</name>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Train one network and watch its neurons</source>
        <translation>Entrenar una red y observar sus neuronas</translation>
    </message>
    <message>
        <source>Compare ReLU vs Leaky</source>
        <translation>Comparar ReLU y Leaky</translation>
    </message>
    <message>
        <source>Two networks: same start, data and batches; one activation each</source>
        <translation>Dos redes: mismo inicio, datos y lotes; una activación cada una</translation>
    </message>
    <message>
        <source>32 seeds</source>
        <translation>32 semillas</translation>
    </message>
    <message>
        <source>Train 32 seeds at once and see how often the neurons die</source>
        <translation>Entrenar 32 semillas a la vez y ver con qué frecuencia mueren las neuronas</translation>
    </message>
    <message>
        <source>A network that has stopped cannot be branched: drag back to before it diverged</source>
        <translation>Una red detenida no se puede ramificar: arrastra hasta antes de que divergiera</translation>
    </message>
    <message>
        <source>Branched at step {step} into Compare: {left} against {right}</source>
        <translation>Ramificada en el paso {step} hacia Comparar: {left} frente a {right}</translation>
    </message>
</context>
<context>
    <name>UndoLink</name>
    <message>
        <source>Edit undone: the unit&apos;s numbers are back</source>
        <translation>Edición deshecha: los números de la unidad han vuelto</translation>
    </message>
    <message>
        <source>Back at step {step}: the later steps are back, and what was trained from the earlier step is gone</source>
        <translation>De vuelta en el paso {step}: los pasos posteriores han vuelto, y lo entrenado desde el paso anterior se ha descartado</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>Undo the latest thing done by hand: an edited unit, or training on from an earlier step (the later steps come back)</source>
        <translation>Deshacer lo último hecho a mano: una unidad editada, o seguir entrenando desde un paso anterior (los pasos posteriores vuelven)</translation>
    </message>
</context>
<context>
    <name>UnitFields</name>
    <message>
        <source>bias</source>
        <translation>sesgo</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type the bias as e.g. -0.5</source>
        <translation>&apos;{text}&apos; no es un número: escribe el sesgo como p. ej. -0.5</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type a weight as e.g. -0.5</source>
        <translation>&apos;{text}&apos; no es un número: escribe un peso como p. ej. -0.5</translation>
    </message>
</context>
<context>
    <name>ZHistogram</name>
    <message>
        <source>z of this neuron over the training inputs</source>
        <translation>z de esta neurona sobre las entradas de entrenamiento</translation>
    </message>
    <message>
        <source>z over the inputs</source>
        <translation>z sobre las entradas</translation>
    </message>
    <message>
        <source>every z below 0: f&apos;(z) = 0, no gradient reaches its weights</source>
        <translation>todo z bajo 0: f&apos;(z) = 0, ningún gradiente llega a sus pesos</translation>
    </message>
    <message>
        <source>every z below 0, but the gradient still flows at slope alpha = {slope}</source>
        <translation>todo z bajo 0, pero el gradiente sigue fluyendo con pendiente alfa = {slope}</translation>
    </message>
    <message>
        <source>|f&apos;(z)| below {floor} on every input: alive, but numerically silent</source>
        <translation>|f&apos;(z)| por debajo de {floor} en todas las entradas: viva, pero numéricamente muda</translation>
    </message>
    <message>
        <source>z is not a finite number: the network has diverged</source>
        <translation>z no es un número finito: la red ha divergido</translation>
    </message>
    <message>
        <source>alive: z above 0 on {share} of the training inputs</source>
        <translation>viva: z por encima de 0 en el {share} de las entradas de entrenamiento</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>How many training inputs give this neuron each value of z. Left of the line z &lt;= 0: grey where f&apos;(z) = 0 (no gradient), light blue where a leak still passes it; right of the line the neuron fires</source>
        <translation>Cuántas entradas de entrenamiento dan a esta neurona cada valor de z. A la izquierda de la línea z &lt;= 0: gris donde f&apos;(z) = 0 (sin gradiente), azul claro donde una fuga aún lo deja pasar; a la derecha de la línea la neurona se activa</translation>
    </message>
</context>
<context>
    <name>ZQuantilePlot</name>
    <message>
        <source>z per layer: median, 25-75 % band, 5-95 % dashed</source>
        <translation>z por capa: mediana, banda 25-75 %, 5-95 % discontinua</translation>
    </message>
    <message>
        <source>z per layer (quantiles)</source>
        <translation>z por capa (cuantiles)</translation>
    </message>
    <message>
        <source>How each hidden layer&apos;s z is spread over the training inputs: the median (thick), the middle half (band) and the middle 90 % (dashed), over the steps. Below the line at 0, ReLU passes no gradient. Marks on the step axis: edits by hand</source>
        <translation>Cómo se reparte el z de cada capa oculta sobre las entradas de entrenamiento: la mediana (gruesa), la mitad central (banda) y el 90 % central (discontinua), a lo largo de los pasos. Bajo la línea en 0, ReLU no deja pasar gradiente. Marcas en el eje de pasos: ediciones a mano</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>capa {n}</translation>
    </message>
</context>
</TS>
