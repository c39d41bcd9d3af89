<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessibility</name>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Letzte verdeckte Schicht entfernen</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>Verdeckte Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Learning rate quick picks</source>
        <translation>Schnellwahl der Lernrate</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Trainingstempo</translation>
    </message>
    <message>
        <source>Water tap</source>
        <translation>Wasserhahn</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Worauf achten</translation>
    </message>
    <message>
        <source>Explorer tabs</source>
        <translation>Explorer-Tabs</translation>
    </message>
    <message>
        <source>Trainer tabs</source>
        <translation>Trainer-Tabs</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Netzeinstellungen</translation>
    </message>
    <message>
        <source>Activations shown</source>
        <translation>Gezeigte Aktivierungsfunktionen</translation>
    </message>
    <message>
        <source>Properties of the activations</source>
        <translation>Eigenschaften der Aktivierungsfunktionen</translation>
    </message>
    <message>
        <source>Timeline: the step shown</source>
        <translation>Zeitleiste: der gezeigte Schritt</translation>
    </message>
    <message>
        <source>Select the whole table</source>
        <translation>Ganze Tabelle auswählen</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>f(z) and f′(z) of every activation side by side, and their properties</source>
        <translation>f(z) und f′(z) jeder Aktivierungsfunktion nebeneinander, dazu ihre Eigenschaften</translation>
    </message>
    <message>
        <source>A small network training live on 2-D points; dead neurons greyed as they die</source>
        <translation>Ein kleines Netz, das live auf 2-D-Punkten trainiert; tote Neuronen werden grau, sobald sie sterben</translation>
    </message>
    <message>
        <source>The water-tap picture of a neuron: a ReLU pipe clogs below zero, a leaky one drips</source>
        <translation>Das Wasserhahn-Bild eines Neurons: ein ReLU-Rohr verstopft unter null, ein undichtes tropft</translation>
    </message>
    <message>
        <source>The guided lesson: its text, what to watch and its steps</source>
        <translation>Die geführte Lektion: ihr Text, worauf zu achten ist, und ihre Schritte</translation>
    </message>
    <message>
        <source>One neuron looked at closely: its z over the inputs, its weights</source>
        <translation>Ein Neuron aus der Nähe: sein z über die Eingaben, seine Gewichte</translation>
    </message>
    <message>
        <source>The settings of the network and its data; Tab walks them top to bottom</source>
        <translation>Die Einstellungen des Netzes und seiner Daten; Tab geht sie von oben nach unten durch</translation>
    </message>
    <message>
        <source>Type a value, or change it with the Up and Down arrow keys</source>
        <translation>Wert eingeben oder mit den Pfeiltasten Auf und Ab ändern</translation>
    </message>
    <message>
        <source>Choose with the Up and Down arrow keys; Alt+Down opens the list</source>
        <translation>Mit den Pfeiltasten Auf und Ab wählen; Alt+Pfeil ab öffnet die Liste</translation>
    </message>
    <message>
        <source>Move it with the arrow keys, Page Up and Page Down</source>
        <translation>Mit den Pfeiltasten, Bild auf und Bild ab verschieben</translation>
    </message>
    <message>
        <source>The Left and Right arrow keys choose a tab</source>
        <translation>Die Pfeiltasten Links und Rechts wählen einen Tab</translation>
    </message>
    <message>
        <source>Move through it with the arrow keys</source>
        <translation>Mit den Pfeiltasten darin bewegen</translation>
    </message>
    <message>
        <source>A plot; the mouse reads values, the wheel zooms</source>
        <translation>Ein Diagramm; die Maus liest Werte ab, das Mausrad zoomt</translation>
    </message>
    <message>
        <source>Scroll it with the arrow keys and Page Up / Page Down</source>
        <translation>Mit den Pfeiltasten und Bild auf / Bild ab scrollen</translation>
    </message>
    <message>
        <source>Plot: {title} over {axis}</source>
        <translation>Diagramm: {title} über {axis}</translation>
    </message>
    <message>
        <source>Plot: {title}</source>
        <translation>Diagramm: {title}</translation>
    </message>
    <message>
        <source>{panel} panel</source>
        <translation>Bereich {panel}</translation>
    </message>
    <message>
        <source>Pages: {pages}. Ctrl+Tab turns to the next</source>
        <translation>Seiten: {pages}. Strg+Tab blättert weiter</translation>
    </message>
    <message>
        <source>The {panel} panel</source>
        <translation>Der Bereich {panel}</translation>
    </message>
    <message>
        <source>Space switches it on or off</source>
        <translation>Die Leertaste schaltet es ein oder aus</translation>
    </message>
    <message>
        <source>Space presses it</source>
        <translation>Die Leertaste drückt die Schaltfläche</translation>
    </message>
    <message>
        <source>The {page} page of the {panel} panel</source>
        <translation>Die Seite {page} des Bereichs {panel}</translation>
    </message>
    <message>
        <source>The {page} page</source>
        <translation>Die Seite {page}</translation>
    </message>
    <message>
        <source>Part of the {panel} panel</source>
        <translation>Teil des Bereichs {panel}</translation>
    </message>
    <message>
        <source>Part of the window</source>
        <translation>Teil des Fensters</translation>
    </message>
</context>
<context>
    <name>ActivationList</name>
    <message>
        <source>Tick the activations to compare; each has its own colour and line.</source>
        <translation>Aktivierungsfunktionen zum Vergleichen ankreuzen; jede hat ihre eigene Farbe und Linie.</translation>
    </message>
</context>
<context>
    <name>Activations</name>
    <message>
        <source>{name}: {param} must be a number, got {value}</source>
        <translation>{name}: {param} muss eine Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name}: {param} must be in {bracket}{low}, {high}], got {value}</source>
        <translation>{name}: {param} muss in {bracket}{low}, {high}] liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Linear (identity)</source>
        <translation>Linear (Identität)</translation>
    </message>
    <message>
        <source>PReLU (learned slope)</source>
        <translation>PReLU (gelernte Steigung)</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU (Swish)</translation>
    </message>
    <message>
        <source>unknown activation {name}; choose one of: {names}</source>
        <translation>unbekannte Aktivierungsfunktion {name}; wähle eine von: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{name}: unknown parameter {unknown}; allowed: {allowed}</source>
        <translation>{name}: unbekannter Parameter {unknown}; erlaubt: {allowed}</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <source>Network output</source>
        <translation>Netzausgabe</translation>
    </message>
    <message>
        <source>The network&apos;s output for every point of the plane: blue for class 1 (or a positive target), orange for class 0 (negative), white where it is undecided. Filled dots: training points; rings: test points</source>
        <translation>Die Ausgabe des Netzes für jeden Punkt der Ebene: blau für Klasse 1 (oder ein positives Ziel), orange für Klasse 0 (negativ), weiß, wo es unentschieden ist. Gefüllte Punkte: Trainingspunkte; Ringe: Testpunkte</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Guided lesson</source>
        <translation>Geführte Lektion</translation>
    </message>
    <message>
        <source>{title}. Press B for a burst.</source>
        <translation>{title}. B drücken für einen Stoß.</translation>
    </message>
    <message>
        <source>{title}. Press Space to train.</source>
        <translation>{title}. Leertaste drücken zum Trainieren.</translation>
    </message>
    <message>
        <source>The first lesson</source>
        <translation>Die erste Lektion</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>&amp;Vorige Lektion</translation>
    </message>
    <message>
        <source>Go back one lesson</source>
        <translation>Eine Lektion zurück</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>&amp;Nächste Lektion</translation>
    </message>
    <message>
        <source>Go on to the next lesson</source>
        <translation>Weiter zur nächsten Lektion</translation>
    </message>
    <message>
        <source>Lesson &amp;panel</source>
        <translation>Lektions&amp;bereich</translation>
    </message>
    <message>
        <source>Show or hide the lesson text</source>
        <translation>Lektionstext zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Fold / unfold the lesson &amp;text</source>
        <translation>Lektions&amp;text ein-/ausklappen</translation>
    </message>
    <message>
        <source>On a small screen or the stage: show the lesson&apos;s whole text, or only its title and what to watch</source>
        <translation>Auf kleinem Bildschirm oder auf der Bühne: den ganzen Lektionstext zeigen oder nur den Titel und „Worauf achten“</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--hidden takes 1 to {layers} layer widths from 1 to {width} separated by commas (e.g. 8,8), or none for no hidden layer</source>
        <translation>--hidden nimmt 1 bis {layers} Schichtbreiten von 1 bis {width}, durch Kommas getrennt (z. B. 8,8), oder none für keine verdeckte Schicht</translation>
    </message>
    <message>
        <source>{prog}: error: {reason}</source>
        <translation>{prog}: Fehler: {reason}</translation>
    </message>
    <message>
        <source>{rule}; got {text}</source>
        <translation>{rule}; erhalten: {text}</translation>
    </message>
    <message>
        <source>--steps must be a whole number from 1 to {most}</source>
        <translation>--steps muss eine ganze Zahl von 1 bis {most} sein</translation>
    </message>
    <message>
        <source>Why ReLU replaced step, sigmoid and tanh, why ReLU neurons die, and how Leaky ReLU keeps them alive. Without a command, opens the window.</source>
        <translation>Warum ReLU Stufe, Sigmoid und tanh abgelöst hat, warum ReLU-Neuronen sterben und wie Leaky ReLU sie am Leben hält. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>open the window on a guided lesson</source>
        <translation>das Fenster mit einer geführten Lektion öffnen</translation>
    </message>
    <message>
        <source>open the window on a saved experiment (before train: train it)</source>
        <translation>das Fenster mit einem gespeicherten Experiment öffnen (vor train: es trainieren)</translation>
    </message>
    <message>
        <source>add reludesk and its icon to this user&apos;s application menu (in $XDG_DATA_HOME, default ~/.local/share) and exit</source>
        <translation>reludesk und sein Symbol ins Anwendungsmenü dieses Benutzers eintragen (in $XDG_DATA_HOME, Standard ~/.local/share) und beenden</translation>
    </message>
    <message>
        <source>open the window on lesson 1, check it shows with its icon, close it and exit: status 0 when all is well (your settings are untouched)</source>
        <translation>das Fenster mit Lektion 1 öffnen, prüfen, dass es mit seinem Symbol erscheint, schließen und beenden: Status 0, wenn alles in Ordnung ist (deine Einstellungen bleiben unberührt)</translation>
    </message>
    <message>
        <source>render a lesson&apos;s run offscreen into a GIF, MP4 or PNG series (reludesk render --help)</source>
        <translation>den Lauf einer Lektion ohne Fenster als GIF, MP4 oder PNG-Reihe rendern (reludesk render --help)</translation>
    </message>
    <message>
        <source>train headless and print a report</source>
        <translation>ohne Fenster trainieren und einen Bericht ausgeben</translation>
    </message>
    <message>
        <source>start from a saved experiment, and from its trained weights if it has</source>
        <translation>von einem gespeicherten Experiment ausgehen, und von seinen trainierten Gewichten, falls vorhanden</translation>
    </message>
    <message>
        <source>start from new random weights even if the file holds trained ones</source>
        <translation>mit neuen Zufallsgewichten beginnen, auch wenn die Datei trainierte enthält</translation>
    </message>
    <message>
        <source>the data to train on; own: your points of --points or of --config</source>
        <translation>die Trainingsdaten; own: deine Punkte aus --points oder aus --config</translation>
    </message>
    <message>
        <source>slope or alpha of {names}</source>
        <translation>Steigung oder Alpha von {names}</translation>
    </message>
    <message>
        <source>hidden layer widths, e.g. 8,8; none for none</source>
        <translation>Breiten der verdeckten Schichten, z. B. 8,8; none für keine</translation>
    </message>
    <message>
        <source>learning rate in (0, 10]</source>
        <translation>Lernrate in (0, 10]</translation>
    </message>
    <message>
        <source>points per step; more than the training points runs as all of them</source>
        <translation>Punkte pro Schritt; mehr als die Trainingspunkte läuft als alle</translation>
    </message>
    <message>
        <source>label / point noise in [0, 0.5]</source>
        <translation>Label- / Punktrauschen in [0, 0.5]</translation>
    </message>
    <message>
        <source>input features fed to the network, e.g. x1,x2,x1x2; from: {names} (the window&apos;s labels, such as x1² or &apos;sin x1&apos;, are read too; default {default})</source>
        <translation>Eingabemerkmale für das Netz, z. B. x1,x2,x1x2; aus: {names} (die Bezeichnungen des Fensters wie x1² oder 'sin x1' werden auch gelesen; Standard {default})</translation>
    </message>
    <message>
        <source>penalty on the weights added to the loss (default none)</source>
        <translation>Strafterm auf die Gewichte, zum Verlust addiert (Standard none)</translation>
    </message>
    <message>
        <source>strength of that penalty, in [0, 10] (default 0)</source>
        <translation>Stärke dieses Strafterms, in [0, 10] (Standard 0)</translation>
    </message>
    <message>
        <source>seed of the starting weights and the batches (and of the data, unless --data-seed)</source>
        <translation>Zufallsstartwert der Startgewichte und der Batches (und der Daten, außer mit --data-seed)</translation>
    </message>
    <message>
        <source>seed of the data set and of its split into training and test points (your own points&apos; too); default: --seed</source>
        <translation>Zufallsstartwert des Datensatzes und seiner Aufteilung in Trainings- und Testpunkte (auch deiner eigenen Punkte); Standard: --seed</translation>
    </message>
    <message>
        <source>train on your own points (data set own): a CSV with the header x1,x2,label, one point a line, |x1| and |x2| at most 60; labels 0 (class A, orange) or 1 (class B, blue), or targets in [-1, 1] with --task regression</source>
        <translation>auf deinen eigenen Punkten trainieren (Datensatz own): eine CSV mit der Kopfzeile x1,x2,label, ein Punkt pro Zeile, |x1| und |x2| höchstens 60; Labels 0 (Klasse A, orange) oder 1 (Klasse B, blau), oder Zielwerte in [-1, 1] mit --task regression</translation>
    </message>
    <message>
        <source>how to read the labels of --points (default classification)</source>
        <translation>wie die Labels von --points zu lesen sind (Standard classification)</translation>
    </message>
    <message>
        <source>train this many networks at once (1-{most}); only their starting weights differ, the data and batches are shared</source>
        <translation>so viele Netze auf einmal trainieren (1-{most}); nur ihre Startgewichte unterscheiden sich, Daten und Batches sind gemeinsam</translation>
    </message>
    <message>
        <source>training steps (default 1000)</source>
        <translation>Trainingsschritte (Standard 1000)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>save the trained experiment, weights included (replica 0&apos;s with --replicas), to open in the window (reludesk --config FILE) or train on (train --config FILE)</source>
        <translation>das trainierte Experiment mit Gewichten speichern (mit --replicas die von Replik 0), um es im Fenster zu öffnen (reludesk --config FILE) oder weiterzutrainieren (train --config FILE)</translation>
    </message>
    <message>
        <source>{option} is an option of train, which trains without the window: reludesk train {option} ...; the window opens with --config FILE or --lesson NAME (the window reads points with File &gt; Import points (CSV))</source>
        <translation>{option} ist eine Option von train, das ohne Fenster trainiert: reludesk train {option} ...; das Fenster öffnet sich mit --config FILE oder --lesson NAME (das Fenster liest Punkte mit Datei &gt; Punkte importieren (CSV))</translation>
    </message>
    <message>
        <source>{option} is an option of train, which trains without the window: reludesk train {option} ...; the window opens with --config FILE or --lesson NAME</source>
        <translation>{option} ist eine Option von train, das ohne Fenster trainiert: reludesk train {option} ...; das Fenster öffnet sich mit --config FILE oder --lesson NAME</translation>
    </message>
    <message>
        <source>--lesson opens a lesson in the window, and train runs without one: leave it out</source>
        <translation>--lesson öffnet eine Lektion im Fenster, train läuft ohne Fenster: lass es weg</translation>
    </message>
    <message>
        <source>--config is given twice, before and after train: give it once</source>
        <translation>--config ist zweimal angegeben, vor und nach train: gib es einmal an</translation>
    </message>
    <message>
        <source>--alpha is only for {names}; {activation} has no alpha</source>
        <translation>--alpha gilt nur für {names}; {activation} hat kein Alpha</translation>
    </message>
    <message>
        <source>batch size {batch} is more than the {n} training points of your own, so it runs as {n}: the full training set</source>
        <translation>Batchgröße {batch} ist mehr als deine {n} eigenen Trainingspunkte, also läuft sie als {n}: der ganze Trainingsdatensatz</translation>
    </message>
    <message>
        <source>--task says how to read the labels of --points FILE.csv; without --points the data set decides the task: leave --task out</source>
        <translation>--task sagt, wie die Labels von --points FILE.csv zu lesen sind; ohne --points bestimmt der Datensatz die Aufgabe: lass --task weg</translation>
    </message>
    <message>
        <source>--dataset own trains on your own points: add --points FILE.csv (header x1,x2,label)</source>
        <translation>--dataset own trainiert auf deinen eigenen Punkten: füge --points FILE.csv hinzu (Kopfzeile x1,x2,label)</translation>
    </message>
    <message>
        <source>--points trains on your own points, and --dataset {dataset} names another data set: give one of them (for regression points add --task regression)</source>
        <translation>--points trainiert auf deinen eigenen Punkten, und --dataset {dataset} nennt einen anderen Datensatz: gib nur eines davon an (für Regressionspunkte füge --task regression hinzu)</translation>
    </message>
    <message>
        <source>regularization is none, so the rate {rate} has no effect: add --regularization l1 or l2</source>
        <translation>Regularisierung ist none, also hat die Rate {rate} keine Wirkung: füge --regularization l1 oder l2 hinzu</translation>
    </message>
    <message>
        <source>regularization {kind} at rate 0 has no effect: add --regularization-rate X (TF Playground offers 0.001 to 10)</source>
        <translation>Regularisierung {kind} mit Rate 0 hat keine Wirkung: füge --regularization-rate X hinzu (TF Playground bietet 0.001 bis 10)</translation>
    </message>
    <message>
        <source>{name} holds one trained network, which would start all {replicas} replicas alike: add --fresh to train new ones, or leave --replicas out</source>
        <translation>{name} enthält ein trainiertes Netz, mit dem alle {replicas} Repliken gleich starten würden: füge --fresh hinzu, um neue zu trainieren, oder lass --replicas weg</translation>
    </message>
    <message>
        <source>{name} holds trained weights for its own network, and these options change it ({problem}): leave them out, or add --fresh to start from new weights</source>
        <translation>{name} enthält trainierte Gewichte für sein eigenes Netz, und diese Optionen ändern es ({problem}): lass sie weg oder füge --fresh hinzu, um mit neuen Gewichten zu beginnen</translation>
    </message>
    <message>
        <source>no hidden layer: no neuron can die</source>
        <translation>keine verdeckte Schicht: kein Neuron kann sterben</translation>
    </message>
    <message>
        <source>dead neurons: not counted (the network diverged, so its units are neither dead nor alive)</source>
        <translation>tote Neuronen: nicht gezählt (das Netz ist divergiert, seine Einheiten sind also weder tot noch lebendig)</translation>
    </message>
    <message>
        <source>dead neurons {dead} / {total} (per layer: {shares})</source>
        <translation>tote Neuronen {dead} / {total} (pro Schicht: {shares})</translation>
    </message>
    <message>
        <source>dead neurons 0 / {total}: {name} leaks below zero, so none can die; inactive but alive {alive} / {total}</source>
        <translation>tote Neuronen 0 / {total}: {name} leckt unter null, also kann keins sterben; inaktiv, aber lebendig {alive} / {total}</translation>
    </message>
    <message>
        <source>dead neurons 0 / {total}: {name} units cannot die (their slope is never exactly 0)</source>
        <translation>tote Neuronen 0 / {total}: {name}-Einheiten können nicht sterben (ihre Steigung ist nie genau 0)</translation>
    </message>
    <message>
        <source>saturated neurons {saturated} / {total} (per layer: {shares}): |f&apos;| below {floor} on every input, alive in the math but silent in the numbers</source>
        <translation>gesättigte Neuronen {saturated} / {total} (pro Schicht: {shares}): |f'| unter {floor} bei jeder Eingabe, mathematisch lebendig, aber numerisch stumm</translation>
    </message>
    <message>
        <source>{n} step</source>
        <translation>{n} Schritt</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} Schritte</translation>
    </message>
    <message>
        <source>, features {names}</source>
        <translation>, Merkmale {names}</translation>
    </message>
    <message>
        <source>your own {n} points ({task})</source>
        <translation>deine eigenen {n} Punkte ({task})</translation>
    </message>
    <message>
        <source>{activation}{slope} on {data}, hidden {hidden}, lr {lr}{extras}: {steps}</source>
        <translation>{activation}{slope} auf {data}, verdeckt {hidden}, lr {lr}{extras}: {steps}</translation>
    </message>
    <message>
        <source>started from the weights saved in {name}</source>
        <translation>gestartet mit den in {name} gespeicherten Gewichten</translation>
    </message>
    <message>
        <source>saved with its weights to {name}</source>
        <translation>mit Gewichten gespeichert in {name}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>DIVERGED: the loss became infinite or NaN; lower the learning rate.</source>
        <translation>DIVERGIERT: der Verlust wurde unendlich oder NaN; senke die Lernrate.</translation>
    </message>
    <message>
        <source>train loss: not finite</source>
        <translation>Trainingsverlust: nicht endlich</translation>
    </message>
    <message>
        <source>train loss {loss}</source>
        <translation>Trainingsverlust {loss}</translation>
    </message>
    <message>
        <source>accuracy train {train}, test {test}</source>
        <translation>Genauigkeit Training {train}, Test {test}</translation>
    </message>
    <message>
        <source>over {n} starting weights (data and batches shared): all {n} diverged, none counted</source>
        <translation>über {n} Startgewichte (Daten und Batches gemeinsam): alle {n} divergiert, keins gezählt</translation>
    </message>
    <message>
        <source>over {n} starting weights (data and batches shared; {bad} diverged, not counted): dead share median {median}, range {low}-{high}</source>
        <translation>über {n} Startgewichte (Daten und Batches gemeinsam; {bad} divergiert, nicht gezählt): Anteil toter im Median {median}, Spanne {low}-{high}</translation>
    </message>
    <message>
        <source>over {n} starting weights (data and batches shared): dead share median {median}, range {low}-{high}</source>
        <translation>über {n} Startgewichte (Daten und Batches gemeinsam): Anteil toter im Median {median}, Spanne {low}-{high}</translation>
    </message>
    <message>
        <source>reludesk: note: {note}</source>
        <translation>reludesk: Hinweis: {note}</translation>
    </message>
    <message>
        <source>--save: {name} is a folder; give a file name such as run.reludesk.json</source>
        <translation>--save: {name} ist ein Ordner; gib einen Dateinamen an, etwa run.reludesk.json</translation>
    </message>
    <message>
        <source>--save: the folder {folder} does not exist</source>
        <translation>--save: der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation>{rate} Schritte/s</translation>
    </message>
    <message>
        <source>not enough memory for this network: use fewer --replicas, samples or hidden units</source>
        <translation>nicht genug Speicher für dieses Netz: weniger --replicas, Punkte oder verdeckte Einheiten verwenden</translation>
    </message>
    <message>
        <source>{option} stands alone: give it without a command or other options</source>
        <translation>{option} steht allein: gib es ohne Befehl und ohne andere Optionen an</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <source>up to date: {path}</source>
        <translation>aktuell: {path}</translation>
    </message>
    <message>
        <source>reludesk: error: {reason}</source>
        <translation>reludesk: Fehler: {reason}</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>das System hat es verweigert</translation>
    </message>
</context>
<context>
    <name>CompareDeadPlot</name>
    <message>
        <source>Dead hidden units over training</source>
        <translation>Tote verdeckte Einheiten im Training</translation>
    </message>
    <message>
        <source>hidden units (%)</source>
        <translation>verdeckte Einheiten (%)</translation>
    </message>
    <message>
        <source>Solid: dead units (no gradient). Dashed: inactive units of a leaky activation, still learning at slope α, or saturated units of a smooth one (|f′| &lt; {floor} on every input)</source>
        <translation>Durchgezogen: tote Einheiten (kein Gradient). Gestrichelt: inaktive Einheiten einer Leaky-Aktivierung, die mit Steigung α weiterlernen, oder gesättigte Einheiten einer glatten (|f′| &lt; {floor} bei jeder Eingabe)</translation>
    </message>
    <message>
        <source>{title}: dead</source>
        <translation>{title}: tot</translation>
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
        <translation>Gleiche Daten, gleiche Startgewichte, gleiche Batches: nur die Aktivierungsfunktion unterscheidet sich.</translation>
    </message>
    <message>
        <source>Slope of the right network&apos;s activation below zero</source>
        <translation>Steigung der Aktivierung des rechten Netzes unter null</translation>
    </message>
    <message>
        <source>Burst ({steps} steps at rate {rate})</source>
        <translation>Stoß ({steps} Schritte mit Rate {rate})</translation>
    </message>
    <message>
        <source>Both networks take {burst}, then go back to their rate: the kind of jolt that kills ReLUs</source>
        <translation>Beide Netze machen {burst} und kehren dann zu ihrer Rate zurück: die Art Ruck, die ReLUs tötet</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Start both networks again from the same weights</source>
        <translation>Beide Netze neu von denselben Gewichten starten</translation>
    </message>
    <message>
        <source>against</source>
        <translation>gegen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Branched at step {step}: the same network, data and batches to come; only the activation differs from here.</source>
        <translation>Abgezweigt bei Schritt {step}: gleiches Netz, gleiche kommende Daten und Batches; nur die Aktivierungsfunktion unterscheidet sich ab hier.</translation>
    </message>
    <message>
        <source>speed {speed}</source>
        <translation>Tempo {speed}</translation>
    </message>
    <message>
        <source>A network has diverged: press Reset (or lower the rate).</source>
        <translation>Ein Netz ist divergiert: Zurücksetzen drücken (oder die Rate senken).</translation>
    </message>
    <message>
        <source>{title}: {runaway}</source>
        <translation>{title}: {runaway}</translation>
    </message>
    <message>
        <source>{progress}, both networks</source>
        <translation>{progress}, beide Netze</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} muss eine Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} must be in {bracket}{low}, {high}], got {value}</source>
        <translation>{name} muss in {bracket}{low}, {high}] liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} muss eine ganze Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} muss zwischen {low} und {high} liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} must be one of: {allowed}; got {value}</source>
        <translation>{name} muss eines von {allowed} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>features must be a list of names, got {value}</source>
        <translation>features muss eine Liste von Namen sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>features must be names from: {allowed}; got {value}</source>
        <translation>features müssen Namen aus {allowed} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>features: {reason}</source>
        <translation>features: {reason}</translation>
    </message>
    <message>
        <source>dataset own needs at least {least} points of your own (drawn on the output plot or read from a CSV file), got {have}</source>
        <translation>Datensatz own braucht mindestens {least} eigene Punkte (auf das Ausgabediagramm gezeichnet oder aus einer CSV-Datei gelesen), vorhanden: {have}</translation>
    </message>
    <message>
        <source>hidden must be a list of layer widths, got {value}</source>
        <translation>hidden muss eine Liste von Schichtbreiten sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>hidden may have at most {most} layers, got {count}</source>
        <translation>hidden darf höchstens {most} Schichten haben, erhalten: {count}</translation>
    </message>
    <message>
        <source>alpha: {reason}</source>
        <translation>alpha: {reason}</translation>
    </message>
    <message>
        <source>replicas: {replicas} copies of this network on {rows} training rows would need about {need} GB; at most {allowed} GB is allowed, so at most {most} replicas here (or fewer samples or units)</source>
        <translation>replicas: {replicas} Kopien dieses Netzes auf {rows} Trainingszeilen bräuchten etwa {need} GB; erlaubt sind höchstens {allowed} GB, also hier höchstens {most} Repliken (oder weniger Punkte oder Einheiten)</translation>
    </message>
    <message>
        <source>config must be a JSON object, got {type}</source>
        <translation>config muss ein JSON-Objekt sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>unknown field {fields}; allowed: {allowed}</source>
        <translation>unbekanntes Feld {fields}; erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>batch size {batch} is more than the {rows} training points, so it runs as {rows}: the full training set</source>
        <translation>Batchgröße {batch} ist mehr als die {rows} Trainingspunkte, also läuft sie als {rows}: der ganze Trainingsdatensatz</translation>
    </message>
    <message>
        <source>numbers must be finite; the file holds {name}</source>
        <translation>Zahlen müssen endlich sein; die Datei enthält {name}</translation>
    </message>
    <message>
        <source>expected JSON text, got {type}</source>
        <translation>JSON-Text erwartet, erhalten: {type}</translation>
    </message>
    <message>
        <source>it is too long ({length} characters) to be an experiment; one is at most {most}</source>
        <translation>zu lang für ein Experiment ({length} Zeichen); eines hat höchstens {most}</translation>
    </message>
    <message>
        <source>not valid JSON: it is empty</source>
        <translation>kein gültiges JSON: leer</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>kein gültiges JSON: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>kein gültiges JSON ({reason} in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>not valid JSON: a number in it has over {digits} digits</source>
        <translation>kein gültiges JSON: eine Zahl darin hat über {digits} Ziffern</translation>
    </message>
    <message>
        <source>expected a JSON object, got {type}</source>
        <translation>JSON-Objekt erwartet, erhalten: {type}</translation>
    </message>
    <message>
        <source>format must be {format}, got {value}</source>
        <translation>format muss {format} sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>unsupported version {version}; this reludesk reads versions {versions}</source>
        <translation>nicht unterstützte Version {version}; dieses reludesk liest die Versionen {versions}</translation>
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
        <translation>Steigung von Leaky ReLU unter 0. 0.01 ist der übliche Standard (PyTorch); Keras nimmt 0.3; manche Texte sagen 0.001. Je größer die Steigung, desto mehr Gradient sickert durch.</translation>
    </message>
    <message>
        <source>PReLU start α</source>
        <translation>PReLU Anfangs-α</translation>
    </message>
    <message>
        <source>PReLU learns its slope while training; this is where it starts (He et al.: 0.25).</source>
        <translation>PReLU lernt ihre Steigung beim Training; hier beginnt sie (He et al.: 0.25).</translation>
    </message>
    <message>
        <source>ELU α</source>
        <translation>ELU α</translation>
    </message>
    <message>
        <source>ELU&apos;s α is a level, not a slope: its negative side flattens out at −α, and its slope there is α·e^z. Above 1 the peak slope (α, just below 0) exceeds 1.</source>
        <translation>Bei ELU ist α ein Niveau, keine Steigung: die negative Seite flacht bei −α ab, ihre Steigung dort ist α·e^z. Über 1 übersteigt die größte Steigung (α, knapp unter 0) den Wert 1.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Tick Leaky ReLU, PReLU or ELU to tune its α.</source>
        <translation>Leaky ReLU, PReLU oder ELU ankreuzen, um ihr α einzustellen.</translation>
    </message>
    <message>
        <source>z range</source>
        <translation>z-Bereich</translation>
    </message>
    <message>
        <source>How far the plots reach on each side of z = 0 (from ±2 to ±20). Widen it to see where sigmoid and tanh saturate.</source>
        <translation>Wie weit die Diagramme auf jeder Seite von z = 0 reichen (von ±2 bis ±20). Erweitern, um zu sehen, wo Sigmoid und tanh sättigen.</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>unknown data set {name}; choose one of: {names}</source>
        <translation>unbekannter Datensatz {name}; wähle einen von: {names}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value}</source>
        <translation>{what} muss eine ganze Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{what} must be &gt;= {low}, got {value}</source>
        <translation>{what} muss &gt;= {low} sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{what} must be in [{low}, {high}], got {value}</source>
        <translation>{what} muss in [{low}, {high}] liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>{what} must be a number in [{low}, {high}], got {value}</source>
        <translation>{what} muss eine Zahl in [{low}, {high}] sein, erhalten: {value}</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>Each curve is (peak |f′|)ⁿ: the activation&apos;s share alone, at its best z. The weights multiply in too, so it is no bound on a real gradient.</source>
        <translation>Jede Kurve ist (max |f′|)ⁿ: der Anteil der Aktivierung allein, bei ihrem besten z. Die Gewichte multiplizieren mit, also ist es keine Schranke für einen echten Gradienten.</translation>
    </message>
    <message>
        <source>(peak |f′|)ⁿ is the activation&apos;s own share of a gradient after n layers, reached only if every unit sat at the one z where |f′| peaks. It is not a bound on a real network: backpropagation multiplies by the weights too. Measured at the first step of six layers of 8 units on the circle, 16 starting weights: the first layer&apos;s gradient over the last layer&apos;s exceeds this curve at n = 6 on some of them for sigmoid (0.25⁶), tanh and ReLU (1⁶), and for SELU, whose curve reads 1.76⁶ ≈ 30, it stays below 1 (median). Step is left off: its f′ is 0 everywhere, and 0 has no place on a log scale.</source>
        <translation>(max |f′|)ⁿ ist der eigene Anteil der Aktivierung an einem Gradienten nach n Schichten, nur erreicht, wenn jede Einheit genau bei dem z säße, wo |f′| am größten ist. Es ist keine Schranke für ein echtes Netz: Backpropagation multipliziert auch mit den Gewichten. Gemessen beim ersten Schritt von sechs Schichten mit je 8 Einheiten auf dem Kreis, 16 Startgewichte: der Gradient der ersten Schicht geteilt durch den der letzten übersteigt diese Kurve bei n = 6 bei einigen davon für Sigmoid (0.25⁶), tanh und ReLU (1⁶), und für SELU, dessen Kurve 1.76⁶ ≈ 30 zeigt, bleibt er unter 1 (Median). Stufe fehlt: ihr f′ ist überall 0, und 0 hat auf einer log-Skala keinen Platz.</translation>
    </message>
    <message>
        <source>Step is left off: its f′ is 0 everywhere, so nothing passes even one layer (0 cannot be drawn on a log scale).</source>
        <translation>Stufe fehlt: ihr f′ ist überall 0, also kommt nichts auch nur durch eine Schicht (0 lässt sich auf einer log-Skala nicht zeichnen).</translation>
    </message>
    <message>
        <source>activation&apos;s share, (peak |f′|)ⁿ</source>
        <translation>Anteil der Aktivierung, (max |f′|)ⁿ</translation>
    </message>
    <message>
        <source>layers n</source>
        <translation>Schichten n</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Neuron inspector</source>
        <translation>Neuron-Inspektor</translation>
    </message>
</context>
<context>
    <name>DrawTool</name>
    <message>
        <source>your own</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>Your own points: drawn on the output plot or read from a CSV file</source>
        <translation>Deine eigenen Punkte: auf das Ausgabediagramm gezeichnet oder aus einer CSV-Datei gelesen</translation>
    </message>
    <message>
        <source>Draw at least two points: the network needs two to train on</source>
        <translation>Zeichne mindestens zwei Punkte: das Netz braucht zwei zum Trainieren</translation>
    </message>
    <message>
        <source>No point added: {problem}</source>
        <translation>Kein Punkt hinzugefügt: {problem}</translation>
    </message>
</context>
<context>
    <name>ExperimentFiles</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;Curves as CSV (*.csv)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;Kurven als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export activation explorer (f and f′)</source>
        <translation>Aktivierungs-Explorer exportieren (f und f′)</translation>
    </message>
    <message>
        <source>Export loss</source>
        <translation>Verlust exportieren</translation>
    </message>
    <message>
        <source>Export dead share per layer</source>
        <translation>Anteil toter pro Schicht exportieren</translation>
    </message>
    <message>
        <source>Export gradient size per layer</source>
        <translation>Gradientengröße pro Schicht exportieren</translation>
    </message>
    <message>
        <source>Export network output (decision boundary)</source>
        <translation>Netzausgabe exportieren (Entscheidungsgrenze)</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Experiment öffnen</translation>
    </message>
    <message>
        <source>{problem} The current experiment is unchanged.</source>
        <translation>{problem} Das aktuelle Experiment bleibt unverändert.</translation>
    </message>
    <message>
        <source>Opened {name} with its trained weights{notes}</source>
        <translation>{name} mit trainierten Gewichten geöffnet{notes}</translation>
    </message>
    <message>
        <source>Opened {name}{notes}</source>
        <translation>{name} geöffnet{notes}</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Experiment speichern</translation>
    </message>
    <message>
        <source>{problem} Any earlier file of that name is unchanged.</source>
        <translation>{problem} Eine ältere Datei dieses Namens bleibt unverändert.</translation>
    </message>
    <message>
        <source>Saved the settings and trained weights to {path}</source>
        <translation>Einstellungen und trainierte Gewichte gespeichert in {path}</translation>
    </message>
    <message>
        <source>Saved the settings to {path}</source>
        <translation>Einstellungen gespeichert in {path}</translation>
    </message>
    <message>
        <source>No recent experiments</source>
        <translation>Keine zuletzt geöffneten Experimente</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>{path} no longer exists; it was removed from the recent list.</source>
        <translation>{path} existiert nicht mehr; es wurde aus der Liste der zuletzt geöffneten entfernt.</translation>
    </message>
    <message>
        <source>{name}: use a .png, .svg or .csv file name</source>
        <translation>{name}: bitte einen Dateinamen mit .png, .svg oder .csv verwenden</translation>
    </message>
    <message>
        <source>Saved the training history to {path}</source>
        <translation>Trainingsverlauf gespeichert in {path}</translation>
    </message>
    <message>
        <source>Saved a screenshot to {path}</source>
        <translation>Bildschirmfoto gespeichert in {path}</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save experiment with weights</source>
        <translation>Experiment mit Gewichten speichern</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Screenshot of the window</source>
        <translation>Bildschirmfoto des Fensters</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Could not open {name}: {reason}.</source>
        <translation>{name} konnte nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>{name} konnte nicht gespeichert werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExperimentIO</name>
    <message>
        <source>reludesk experiment (*{suffix})</source>
        <translation>reludesk-Experiment (*{suffix})</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Activation explorer (f and f′)</source>
        <translation>Aktivierungs-Explorer (f und f′)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Dead share per layer</source>
        <translation>Anteil toter pro Schicht</translation>
    </message>
    <message>
        <source>Gradient size per layer</source>
        <translation>Gradientengröße pro Schicht</translation>
    </message>
    <message>
        <source>Network output (decision boundary)</source>
        <translation>Netzausgabe (Entscheidungsgrenze)</translation>
    </message>
    <message>
        <source>{name}: use a .png or .svg file name</source>
        <translation>{name}: bitte einen Dateinamen mit .png oder .svg verwenden</translation>
    </message>
    <message>
        <source>{name}: its folder does not exist</source>
        <translation>{name}: sein Ordner existiert nicht</translation>
    </message>
    <message>
        <source>{name}: it could not be written</source>
        <translation>{name}: konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ExplorerFigure</name>
    <message>
        <source>f(z): what the unit passes on</source>
        <translation>f(z): was die Einheit weitergibt</translation>
    </message>
    <message>
        <source>The activation f(z). Hover to read values; drag to pan, wheel to zoom.</source>
        <translation>Die Aktivierung f(z). Maus darüber zum Ablesen; ziehen zum Verschieben, Mausrad zum Zoomen.</translation>
    </message>
    <message>
        <source>f′(z): how much gradient flows back</source>
        <translation>f′(z): wie viel Gradient zurückfließt</translation>
    </message>
    <message>
        <source>z (the unit&apos;s input)</source>
        <translation>z (Eingabe der Einheit)</translation>
    </message>
    <message>
        <source>The derivative f′(z). Where it is 0, no gradient reaches the weights.</source>
        <translation>Die Ableitung f′(z). Wo sie 0 ist, erreicht kein Gradient die Gewichte.</translation>
    </message>
    <message>
        <source>Bands take the colour of their activation.</source>
        <translation>Bänder haben die Farbe ihrer Aktivierung.</translation>
    </message>
</context>
<context>
    <name>ExplorerPanel</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>What each shown activation guarantees, and what it costs.</source>
        <translation>Was jede gezeigte Aktivierung garantiert und was sie kostet.</translation>
    </message>
    <message>
        <source>How to read the plots, in a few lines.</source>
        <translation>Wie man die Diagramme liest, in wenigen Zeilen.</translation>
    </message>
</context>
<context>
    <name>ExplorerProperties</name>
    <message>
        <source>Peak f′ through depth</source>
        <translation>Max f′ über die Tiefe</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>Wertebereich</translation>
    </message>
    <message>
        <source>The values f(z) can take.</source>
        <translation>Die Werte, die f(z) annehmen kann.</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>Monoton</translation>
    </message>
    <message>
        <source>Does f only ever go up as z grows?</source>
        <translation>Steigt f nur, wenn z wächst?</translation>
    </message>
    <message>
        <source>Mean f, z ~ N(0, 1)</source>
        <translation>Mittel von f, z ~ N(0, 1)</translation>
    </message>
    <message>
        <source>The mean output when z is standard normal. 0 means zero-centred (tanh, SELU, linear, Leaky ReLU at α = 1): the next layer&apos;s inputs take both signs alike. The further from 0, the more they all lean one way, and the more that layer&apos;s weights move together.</source>
        <translation>Die mittlere Ausgabe, wenn z standardnormalverteilt ist. 0 heißt nullzentriert (tanh, SELU, linear, Leaky ReLU bei α = 1): die Eingaben der nächsten Schicht haben gleichermaßen beide Vorzeichen. Je weiter von 0, desto mehr neigen sie alle in eine Richtung, und desto mehr bewegen sich die Gewichte dieser Schicht gemeinsam.</translation>
    </message>
    <message>
        <source>Smooth at 0</source>
        <translation>Glatt bei 0</translation>
    </message>
    <message>
        <source>Is f′ continuous at z = 0 (no kink)?</source>
        <translation>Ist f′ stetig bei z = 0 (kein Knick)?</translation>
    </message>
    <message>
        <source>Peak |f′|</source>
        <translation>Max |f′|</translation>
    </message>
    <message>
        <source>The largest |f′|, reached at one z only. Raised to the power n it is the activation&apos;s own share of a gradient after n layers if every unit sat at that z; the weights multiply in too, so it bounds nothing in a real network (see “{depth_tab}”).</source>
        <translation>Das größte |f′|, nur bei einem z erreicht. Hoch n ist es der eigene Anteil der Aktivierung an einem Gradienten nach n Schichten, wenn jede Einheit bei diesem z säße; die Gewichte multiplizieren mit, also beschränkt es in einem echten Netz nichts (siehe „{depth_tab}“).</translation>
    </message>
    <message>
        <source>Can die</source>
        <translation>Kann sterben</translation>
    </message>
    <message>
        <source>Dead: f′ is exactly 0 for every training input, so no gradient reaches the unit&apos;s weights; only ReLU and step have such a flat half-line. Leaky ReLU and PReLU units can be inactive but alive (the leak still flows); smooth ones can be saturated (|f′| below {bound} on every input). The network view uses the same words.</source>
        <translation>Tot: f′ ist für jede Trainingseingabe genau 0, also erreicht kein Gradient die Gewichte der Einheit; nur ReLU und Stufe haben eine solche flache Halbgerade. Leaky-ReLU- und PReLU-Einheiten können inaktiv, aber lebendig sein (das Leck fließt noch); glatte können gesättigt sein (|f′| unter {bound} bei jeder Eingabe). Die Netzansicht benutzt dieselben Wörter.</translation>
    </message>
    <message>
        <source>Cost of f (ns)</source>
        <translation>Kosten von f (ns)</translation>
    </message>
    <message>
        <source>Nanoseconds per element to compute f(z), measured on this machine (the best of 3 calls on 100,000 values).</source>
        <translation>Nanosekunden pro Element zur Berechnung von f(z), gemessen auf diesem Rechner (bester von 3 Aufrufen mit 100 000 Werten).</translation>
    </message>
    <message>
        <source>Cost of f′ (ns)</source>
        <translation>Kosten von f′ (ns)</translation>
    </message>
    <message>
        <source>Nanoseconds per element to compute f′(z), measured like f.</source>
        <translation>Nanosekunden pro Element zur Berechnung von f′(z), gemessen wie bei f.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes while α ≥ 0</source>
        <translation>Ja, solange α ≥ 0</translation>
    </message>
    <message>
        <source>The network learns α, and training often pushes it below 0: then f falls as z grows below 0.</source>
        <translation>Das Netz lernt α, und das Training drückt es oft unter 0: dann fällt f für z unter 0, während z wächst.</translation>
    </message>
    <message>
        <source>Zero-centred.</source>
        <translation>Nullzentriert.</translation>
    </message>
    <message>
        <source>Leans positive: {mean} on average.</source>
        <translation>Neigt ins Positive: im Mittel {mean}.</translation>
    </message>
    <message>
        <source>Yes: dead, f′ = 0 everywhere</source>
        <translation>Ja: tot, f′ = 0 überall</translation>
    </message>
    <message>
        <source>Yes: dead, f′ = 0 for z ≤ {z}</source>
        <translation>Ja: tot, f′ = 0 für z ≤ {z}</translation>
    </message>
    <message>
        <source>A unit whose f′ is 0 on every training input gets no gradient at all: dead. The layers after it still learn.</source>
        <translation>Eine Einheit, deren f′ bei jeder Trainingseingabe 0 ist, bekommt gar keinen Gradienten: tot. Die Schichten danach lernen weiter.</translation>
    </message>
    <message>
        <source>No: inactive, leaks at learned α</source>
        <translation>Nein: inaktiv, leckt mit gelerntem α</translation>
    </message>
    <message>
        <source>No: inactive, leaks at α = {alpha}</source>
        <translation>Nein: inaktiv, leckt mit α = {alpha}</translation>
    </message>
    <message>
        <source>A unit with z ≤ 0 on every input is inactive but alive: the gradient still flows at slope α, so it can revive.</source>
        <translation>Eine Einheit mit z ≤ 0 bei jeder Eingabe ist inaktiv, aber lebendig: der Gradient fließt noch mit Steigung α, also kann sie sich erholen.</translation>
    </message>
    <message>
        <source>No: f′ = 1 everywhere</source>
        <translation>Nein: f′ = 1 überall</translation>
    </message>
    <message>
        <source>beyond |z| ≈ {z}</source>
        <translation>jenseits |z| ≈ {z}</translation>
    </message>
    <message>
        <source>No: saturates beyond |z| ≈ {z}</source>
        <translation>Nein: sättigt jenseits |z| ≈ {z}</translation>
    </message>
    <message>
        <source>below z ≈ {z}</source>
        <translation>unter z ≈ {z}</translation>
    </message>
    <message>
        <source>No: saturates below z ≈ {z}</source>
        <translation>Nein: sättigt unter z ≈ {z}</translation>
    </message>
    <message>
        <source>above z ≈ {z}</source>
        <translation>über z ≈ {z}</translation>
    </message>
    <message>
        <source>{below} and {above}</source>
        <translation>{below} und {above}</translation>
    </message>
    <message>
        <source>Never dead, but far from 0 its gradient fades: |f′| &lt; {bound} {where}, where the network calls a unit saturated (alive in the maths, silent in the numbers).</source>
        <translation>Nie tot, aber fern von 0 schwindet ihr Gradient: |f′| &lt; {bound} {where}, wo das Netz eine Einheit gesättigt nennt (mathematisch lebendig, numerisch stumm).</translation>
    </message>
    <message>
        <source>In float64 f′ is exactly 0 {where}.</source>
        <translation>In float64 ist f′ genau 0 {where}.</translation>
    </message>
</context>
<context>
    <name>ExplorerTexts</name>
    <message>
        <source>1 if z ≥ 0, else 0. f′ = 0 everywhere: no gradient reaches the weights into a step unit, so they never learn (the layer after it still does).</source>
        <translation>1 wenn z ≥ 0, sonst 0. f′ = 0 überall: kein Gradient erreicht die Gewichte in eine Stufen-Einheit, also lernen sie nie (die Schicht danach schon).</translation>
    </message>
    <message>
        <source>f(z) = z. Stacked linear layers collapse into one: no non-linearity at all.</source>
        <translation>f(z) = z. Gestapelte lineare Schichten fallen zu einer zusammen: gar keine Nichtlinearität.</translation>
    </message>
    <message>
        <source>1 / (1 + e^−z). f′ is at most 0.25, and below 1 % of that beyond |z| ≈ 6 (saturation).</source>
        <translation>1 / (1 + e^−z). f′ ist höchstens 0.25, und jenseits |z| ≈ 6 unter 1 % davon (Sättigung).</translation>
    </message>
    <message>
        <source>tanh(z). Zero-centred, but saturates like the sigmoid: f′ &lt; 0.01 beyond |z| ≈ 3.</source>
        <translation>tanh(z). Nullzentriert, aber sättigt wie die Sigmoidfunktion: f′ &lt; 0.01 jenseits |z| ≈ 3.</translation>
    </message>
    <message>
        <source>max(0, z). f′ = 1 for z &gt; 0 and 0 for z ≤ 0: a unit whose z is ≤ 0 for every input gets no gradient: it is dead.</source>
        <translation>max(0, z). f′ = 1 für z &gt; 0 und 0 für z ≤ 0: eine Einheit, deren z bei jeder Eingabe ≤ 0 ist, bekommt keinen Gradienten: sie ist tot.</translation>
    </message>
    <message>
        <source>z if z &gt; 0, else α·z. The small slope α keeps a gradient flowing below 0.</source>
        <translation>z wenn z &gt; 0, sonst α·z. Die kleine Steigung α hält unter 0 einen Gradienten am Fließen.</translation>
    </message>
    <message>
        <source>Like Leaky ReLU, but the network learns α (it may go below 0); shown here at its starting slope.</source>
        <translation>Wie Leaky ReLU, aber das Netz lernt α (es kann unter 0 gehen); hier mit ihrer Startsteigung gezeigt.</translation>
    </message>
    <message>
        <source>z if z &gt; 0, else α·(e^z − 1). Smooth negative side that saturates at −α: α is that level, and the slope there is α·e^z, not α.</source>
        <translation>z wenn z &gt; 0, sonst α·(e^z − 1). Glatte negative Seite, die bei −α sättigt: α ist dieses Niveau, und die Steigung dort ist α·e^z, nicht α.</translation>
    </message>
    <message>
        <source>λ·ELU with fixed λ ≈ 1.0507, α ≈ 1.6733. Self-normalising (mean 0, variance 1 layer after layer) only with LeCun-normal weights, Var(w) = 1/fan_in: here that is Xavier between layers of equal width; with He init (the default) the variance grows.</source>
        <translation>λ·ELU mit festem λ ≈ 1.0507, α ≈ 1.6733. Selbstnormalisierend (Mittel 0, Varianz 1 Schicht für Schicht) nur mit LeCun-normalen Gewichten, Var(w) = 1/fan_in: hier ist das Xavier zwischen gleich breiten Schichten; mit He-Initialisierung (Standard) wächst die Varianz.</translation>
    </message>
    <message>
        <source>z·Φ(z), Φ the normal CDF. Used in transformers; dips slightly below 0.</source>
        <translation>z·Φ(z), Φ die Verteilungsfunktion der Normalverteilung. In Transformern benutzt; taucht leicht unter 0.</translation>
    </message>
    <message>
        <source>z·σ(z) (swish). Smooth, dips slightly below 0.</source>
        <translation>z·σ(z) (Swish). Glatt, taucht leicht unter 0.</translation>
    </message>
    <message>
        <source>log(1 + e^z): a smooth ReLU whose f′ is the sigmoid.</source>
        <translation>log(1 + e^z): eine glatte ReLU, deren f′ die Sigmoidfunktion ist.</translation>
    </message>
    <message>
        <source>z·tanh(softplus(z)). Smooth, dips slightly below 0.</source>
        <translation>z·tanh(softplus(z)). Glatt, taucht leicht unter 0.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A unit computes z = w·x + b and passes on f(z). Training changes w in proportion to f′(z).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strong tint&lt;/b&gt; in the f′ plot (dashed edges): f′ = 0 exactly, the unit learns nothing there (ReLU, step). A ReLU unit whose z is ≤ 0 for every training input is &lt;b&gt;dead&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Light tint&lt;/b&gt;: the far tails where |f′| stays below 1 % of its peak. The unit is saturated and its gradient all but vanishes: tanh beyond |z| ≈ 3, sigmoid beyond |z| ≈ 6 (widen the z range to see it).&lt;/p&gt;&lt;p&gt;Leaky ReLU keeps a slope α below 0: a trickle of gradient, so the unit can recover. ELU&apos;s α is different: the level its negative side saturates at.&lt;/p&gt;&lt;p&gt;Sigmoid&apos;s f′ is at most 0.25, one reason its gradient fades through many layers; the weights count too (tab &lt;i&gt;{depth_tab}&lt;/i&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Einheit berechnet z = w·x + b und gibt f(z) weiter. Das Training ändert w proportional zu f′(z).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Starke Tönung&lt;/b&gt; im f′-Diagramm (gestrichelte Ränder): f′ = 0 exakt, die Einheit lernt dort nichts (ReLU, Stufe). Eine ReLU-Einheit, deren z bei jeder Trainingseingabe ≤ 0 ist, ist &lt;b&gt;tot&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Leichte Tönung&lt;/b&gt;: die fernen Ränder, wo |f′| unter 1 % seines Maximums bleibt. Die Einheit ist gesättigt, ihr Gradient verschwindet fast: tanh jenseits |z| ≈ 3, Sigmoid jenseits |z| ≈ 6 (den z-Bereich erweitern, um es zu sehen).&lt;/p&gt;&lt;p&gt;Leaky ReLU behält unter 0 eine Steigung α: ein Rinnsal Gradient, also kann sich die Einheit erholen. Das α von ELU ist etwas anderes: das Niveau, bei dem seine negative Seite sättigt.&lt;/p&gt;&lt;p&gt;Das f′ der Sigmoidfunktion ist höchstens 0.25, ein Grund, warum ihr Gradient durch viele Schichten schwindet; die Gewichte zählen auch (Tab &lt;i&gt;{depth_tab}&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Worauf achten</translation>
    </message>
    <message>
        <source>Tint in the f′ plot: strong (dashed edges) where f′ = 0 exactly, a ReLU or step unit can die; light on the far tails where |f′| stays below 1 % of its peak, saturated.</source>
        <translation>Tönung im f′-Diagramm: stark (gestrichelter Rand) bei f′ = 0: ReLU- und Stufen-Einheiten können sterben; leicht, wo |f′| &lt; 1 % des Maximums: gesättigt.</translation>
    </message>
    <message>
        <source>Hover over a plot to read f(z) and f′(z).</source>
        <translation>Maus über ein Diagramm: f(z) und f′(z) ablesen.</translation>
    </message>
    <message>
        <source>Tick an activation on the left to plot it.</source>
        <translation>Links eine Aktivierung ankreuzen, um sie zu zeichnen.</translation>
    </message>
</context>
<context>
    <name>FeatureToggles</name>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>
The network needs one input: the last one stays on</source>
        <translation>
Das Netz braucht eine Eingabe: die letzte bleibt an</translation>
    </message>
    <message>
        <source>Inputs of the network: click to use a feature or stop using it (the first layer has one input per feature in use)</source>
        <translation>Eingaben des Netzes: klicken, um ein Merkmal zu benutzen oder nicht mehr (die erste Schicht hat eine Eingabe pro benutztem Merkmal)</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>x1: the point&apos;s first coordinate</source>
        <translation>x1: die erste Koordinate des Punkts</translation>
    </message>
    <message>
        <source>x2: the point&apos;s second coordinate</source>
        <translation>x2: die zweite Koordinate des Punkts</translation>
    </message>
    <message>
        <source>x1²: the first coordinate squared (with x2², circles become straight cuts)</source>
        <translation>x1²: die erste Koordinate im Quadrat (mit x2² werden Kreise zu geraden Schnitten)</translation>
    </message>
    <message>
        <source>x2²: the second coordinate squared</source>
        <translation>x2²: die zweite Koordinate im Quadrat</translation>
    </message>
    <message>
        <source>x1·x2: the product of the coordinates (its sign is the xor pattern)</source>
        <translation>x1·x2: das Produkt der Koordinaten (sein Vorzeichen ist das XOR-Muster)</translation>
    </message>
    <message>
        <source>sin x1: the sine of the first coordinate (waves along x1)</source>
        <translation>sin x1: der Sinus der ersten Koordinate (Wellen entlang x1)</translation>
    </message>
    <message>
        <source>sin x2: the sine of the second coordinate (waves along x2)</source>
        <translation>sin x2: der Sinus der zweiten Koordinate (Wellen entlang x2)</translation>
    </message>
    <message>
        <source>unknown feature {name}; choose from: {names}</source>
        <translation>unbekanntes Merkmal {name}; wähle aus: {names}</translation>
    </message>
    <message>
        <source>features must be a list of names, got {value}</source>
        <translation>features muss eine Liste von Namen sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>choose at least one feature from: {names}</source>
        <translation>wähle mindestens ein Merkmal aus: {names}</translation>
    </message>
    <message>
        <source>{feature} is the only input left; a network needs one</source>
        <translation>{feature} ist die einzige verbliebene Eingabe; ein Netz braucht eine</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>you may not read it (permission denied)</source>
        <translation>du darfst sie nicht lesen (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>you may not write in that folder (permission denied)</source>
        <translation>du darfst in diesen Ordner nicht schreiben (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>ihr Ordner existiert nicht</translation>
    </message>
    <message>
        <source>it is a folder, not an experiment file</source>
        <translation>sie ist ein Ordner, keine Experimentdatei</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>ein Ordner hat diesen Namen</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>ein Teil ihres Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>ihr Name ist zu lang</translation>
    </message>
    <message>
        <source>its path goes round in a loop of links</source>
        <translation>ihr Pfad läuft in einer Schleife von Links im Kreis</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>der Datenträger konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>der Datenträger konnte nicht beschrieben werden</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>dein Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>an experiment file</source>
        <translation>eine Experimentdatei</translation>
    </message>
    <message>
        <source>a points file</source>
        <translation>eine Punktedatei</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>sie konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>sie konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} Bytes</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {index} is not part of a character)</source>
        <translation>sie ist kein UTF-8-Text (Byte {index} gehört zu keinem Zeichen)</translation>
    </message>
    <message>
        <source>{file}: it is a folder, not {kind}</source>
        <translation>{file}: ist ein Ordner, nicht {kind}</translation>
    </message>
    <message>
        <source>{file}: it is not a regular file (a pipe, socket or device), so it is not read</source>
        <translation>{file}: ist keine reguläre Datei (sondern eine Pipe, ein Socket oder ein Gerät), wird also nicht gelesen</translation>
    </message>
    <message>
        <source>{file}: it is {size}; {kind} is at most {limit}</source>
        <translation>{file}: sie ist {size} groß; {kind} hat höchstens {limit}</translation>
    </message>
    <message>
        <source>weights must be an object with weights, biases and slopes</source>
        <translation>weights muss ein Objekt mit weights, biases und slopes sein</translation>
    </message>
    <message>
        <source>weights.{key} must hold {count} arrays for this network</source>
        <translation>weights.{key} muss für dieses Netz {count} Arrays enthalten</translation>
    </message>
    <message>
        <source>weights.{key}[{index}] must be an array of numbers</source>
        <translation>weights.{key}[{index}] muss ein Array von Zahlen sein</translation>
    </message>
    <message>
        <source>weights.{key}[{index}] must have shape {shape}, got {got}</source>
        <translation>weights.{key}[{index}] muss die Form {shape} haben, erhalten: {got}</translation>
    </message>
    <message>
        <source>weights.{key}[{index}] holds a number that is not finite</source>
        <translation>weights.{key}[{index}] enthält eine Zahl, die nicht endlich ist</translation>
    </message>
    <message>
        <source>its saved weights (the largest is {largest}) overflow 64-bit numbers, which end near 1.8e308: on its own data the loss or its gradient is not a finite number before any step, so this network cannot train</source>
        <translation>ihre gespeicherten Gewichte (das größte ist {largest}) sprengen 64-Bit-Zahlen, die nahe 1.8e308 enden: auf ihren eigenen Daten ist der Verlust oder sein Gradient schon vor dem ersten Schritt keine endliche Zahl, also kann dieses Netz nicht trainieren</translation>
    </message>
</context>
<context>
    <name>Frames</name>
    <message>
        <source>MP4 needs: pip install reludesk[video]</source>
        <translation>MP4 braucht: pip install reludesk[video]</translation>
    </message>
    <message>
        <source>{name}: the file name must end in .gif, .mp4 or .png</source>
        <translation>{name}: der Dateiname muss auf .gif, .mp4 oder .png enden</translation>
    </message>
    <message>
        <source>{name}: there are no frames to write</source>
        <translation>{name}: es gibt keine Bilder zum Schreiben</translation>
    </message>
</context>
<context>
    <name>FrontTab</name>
    <message>
        <source>Train more slowly: the next lower speed (down to 1 step/s)</source>
        <translation>Langsamer trainieren: das nächstniedrigere Tempo (bis 1 Schritt/s)</translation>
    </message>
    <message>
        <source>Train faster: the next higher speed (up to full speed)</source>
        <translation>Schneller trainieren: das nächsthöhere Tempo (bis volles Tempo)</translation>
    </message>
    <message>
        <source>Off in the 32 seeds tab: a run trains every network at full speed</source>
        <translation>Aus im Tab 32 Startwerte: ein Lauf trainiert jedes Netz mit vollem Tempo</translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation>Training starten oder anhalten</translation>
    </message>
    <message>
        <source>Train one step (one batch)</source>
        <translation>Einen Schritt trainieren (ein Batch)</translation>
    </message>
    <message>
        <source>Build the network again from the settings: a new start</source>
        <translation>Das Netz neu aus den Einstellungen bauen: ein Neustart</translation>
    </message>
    <message>
        <source>{burst}, then back to the rate set: kills ReLUs</source>
        <translation>{burst}, dann zurück zur eingestellten Rate: tötet ReLUs</translation>
    </message>
    <message>
        <source>Start or pause both Compare networks, in lockstep</source>
        <translation>Beide Vergleichsnetze im Gleichschritt starten oder anhalten</translation>
    </message>
    <message>
        <source>Both Compare networks take one step</source>
        <translation>Beide Vergleichsnetze machen einen Schritt</translation>
    </message>
    <message>
        <source>Start both Compare networks again from the same weights</source>
        <translation>Beide Vergleichsnetze neu von denselben Gewichten starten</translation>
    </message>
    <message>
        <source>Both Compare networks take {burst}, then go back to their rate</source>
        <translation>Beide Vergleichsnetze machen {burst} und kehren dann zu ihrer Rate zurück</translation>
    </message>
    <message>
        <source>Train the 32 seeds, or cancel the run</source>
        <translation>Mit den 32 Startwerten trainieren oder den Lauf abbrechen</translation>
    </message>
    <message>
        <source>Off in the 32 seeds tab: a run trains all its steps at once</source>
        <translation>Aus im Tab 32 Startwerte: ein Lauf trainiert alle seine Schritte auf einmal</translation>
    </message>
    <message>
        <source>Off in the 32 seeds tab: each run starts from new networks</source>
        <translation>Aus im Tab 32 Startwerte: jeder Lauf beginnt mit neuen Netzen</translation>
    </message>
    <message>
        <source>Off in the 32 seeds tab: tick “Burst first” before a run instead</source>
        <translation>Aus im Tab 32 Startwerte: stattdessen vor einem Lauf „Erst Stoß“ ankreuzen</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>Start / &amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>&amp;Reset network</source>
        <translation>Netz &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Burst</source>
        <translation>St&amp;oß</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>Sc&amp;hneller</translation>
    </message>
    <message>
        <source>Compare: {said}</source>
        <translation>Vergleich: {said}</translation>
    </message>
    <message>
        <source>Compare: both networks start again from the same weights</source>
        <translation>Vergleich: beide Netze starten neu von denselben Gewichten</translation>
    </message>
    <message>
        <source>Compare, step: {steps}</source>
        <translation>Vergleich, Schritt: {steps}</translation>
    </message>
    <message>
        <source>Compare, burst: {steps}</source>
        <translation>Vergleich, Stoß: {steps}</translation>
    </message>
    <message>
        <source>32 seeds: run cancelled</source>
        <translation>32 Startwerte: Lauf abgebrochen</translation>
    </message>
    <message>
        <source>32 seeds: training every network of the run</source>
        <translation>32 Startwerte: jedes Netz des Laufs wird trainiert</translation>
    </message>
</context>
<context>
    <name>HistoryPlots</name>
    <message>
        <source>Loss (log scale)</source>
        <translation>Verlust (log-Skala)</translation>
    </message>
    <message>
        <source>Loss (log)</source>
        <translation>Verlust (log)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Dead % per layer</source>
        <translation>% tot pro Schicht</translation>
    </message>
    <message>
        <source>Dead %</source>
        <translation>% tot</translation>
    </message>
    <message>
        <source>Dead % (- - inactive)</source>
        <translation>% tot (- - inaktiv)</translation>
    </message>
    <message>
        <source>Dead % (- - saturated)</source>
        <translation>% tot (- - gesättigt)</translation>
    </message>
    <message>
        <source>Gradient size (log)</source>
        <translation>Gradientengröße (log)</translation>
    </message>
    <message>
        <source>Gradient (log)</source>
        <translation>Gradient (log)</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>PReLU slope per layer</source>
        <translation>PReLU-Steigung pro Schicht</translation>
    </message>
    <message>
        <source>PReLU slope</source>
        <translation>PReLU-Steigung</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Steigung</translation>
    </message>
    <message>
        <source>Training loss (solid) and test loss (dashed) over the steps, log scale</source>
        <translation>Trainingsverlust (durchgezogen) und Testverlust (gestrichelt) über die Schritte, log-Skala</translation>
    </message>
    <message>
        <source>Share of each hidden layer&apos;s units that are dead (solid: no gradient on any input). Dashed, for Leaky ReLU and PReLU: inactive but alive (below zero on every input, gradient still flows); for smooth activations: saturated (|f′| &lt; {floor} on every input, alive but numerically silent)</source>
        <translation>Anteil der toten Einheiten jeder verdeckten Schicht (durchgezogen: kein Gradient bei irgendeiner Eingabe). Gestrichelt, für Leaky ReLU und PReLU: inaktiv, aber lebendig (unter null bei jeder Eingabe, der Gradient fließt noch); für glatte Aktivierungen: gesättigt (|f′| &lt; {floor} bei jeder Eingabe, lebendig, aber numerisch stumm)</translation>
    </message>
    <message>
        <source>Size of each weight layer&apos;s gradient over the steps, log scale. Early layers far below late ones: vanishing gradients</source>
        <translation>Größe des Gradienten jeder Gewichtsschicht über die Schritte, log-Skala. Frühe Schichten weit unter späten: verschwindende Gradienten</translation>
    </message>
    <message>
        <source>PReLU only: each hidden layer&apos;s learned slope below zero, the mean over its units (each unit&apos;s own is the tick at its corner in the network picture). The dashed line is where they started; 0 would be ReLU, 1 a straight line</source>
        <translation>Nur PReLU: die gelernte Steigung unter null jeder verdeckten Schicht, gemittelt über ihre Einheiten (die eigene jeder Einheit ist der Strich an ihrer Ecke im Netzbild). Die gestrichelte Linie ist der Startwert; 0 wäre ReLU, 1 eine Gerade</translation>
    </message>
    <message>
        <source>training stopped</source>
        <translation>Training gestoppt</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>Schicht {n}</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>Vorige Lektion (Alt+Links)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation>Nächste Lektion (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Lektionstext</translation>
    </message>
    <message>
        <source>Show or fold the lesson&apos;s text (T)</source>
        <translation>Text der Lektion zeigen oder einklappen (T)</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Stoß</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>Worauf achten</translation>
    </message>
    <message>
        <source>{steps} steps at learning rate {rate} for the networks shown, then back to their rate (B)</source>
        <translation>{steps} Schritte mit Lernrate {rate} für die gezeigten Netze, dann zurück zu ihrer Rate (B)</translation>
    </message>
    <message>
        <source>Lesson {number} of {count}</source>
        <translation>Lektion {number}/{count}</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>1. The step function cannot learn</source>
        <translation>1. Die Stufenfunktion lernt nicht</translation>
    </message>
    <message>
        <source>The step function fires 1 when z ≥ 0 and 0 below: a neuron either speaks or not. Its derivative is 0 everywhere (and undefined at 0), so no gradient reaches the hidden weights and they never change. The network view marks all 16 hidden units dead in this gradient sense, though each still fires on about half of the inputs (median 52 %). Only the output layer learns, and from hidden features that never change it cannot find the circle: press Play and the test accuracy stays near a coin toss (median 49 % after 5,000 steps).</source>
        <translation>Die Stufenfunktion feuert 1 bei z ≥ 0 und 0 darunter: ein Neuron spricht oder schweigt. Ihre Ableitung ist überall 0 (und bei 0 undefiniert), also erreicht kein Gradient die verdeckten Gewichte, und sie ändern sich nie. Die Netzansicht markiert alle 16 verdeckten Einheiten in diesem Gradienten-Sinn als tot, obwohl jede noch bei etwa der Hälfte der Eingaben feuert (Median 52 %). Nur die Ausgabeschicht lernt, und aus verdeckten Merkmalen, die sich nie ändern, findet sie den Kreis nicht: Start drücken, und die Testgenauigkeit bleibt nahe einem Münzwurf (Median 49 % nach 5000 Schritten).</translation>
    </message>
    <message>
        <source>The derivative plot is flat at 0; the hidden neurons&apos; pictures never change.</source>
        <translation>Die Ableitung liegt flach bei 0; die verdeckten Neuronen ändern ihr Bild nie.</translation>
    </message>
    <message>
        <source>2. Sigmoid and tanh: the vanishing gradient</source>
        <translation>2. Sigmoid, tanh: verschwindender Gradient</translation>
    </message>
    <message>
        <source>Sigmoid is smooth, but its slope is at most 0.25. Going back through six layers the gradient is multiplied at every layer by such a slope (and by the weights), so the first layers hear little: over the first 1,000 steps the first layer&apos;s gradient is about 150 times smaller than the output layer&apos;s (median of 16 starting weights; about 3,000 times at step 0), and after 3,000 steps the network is still at a coin toss (median 49 %). Tanh&apos;s slope reaches 1 at zero: switch the activation to tanh and the first layer&apos;s gradient is no smaller than the output&apos;s, and the circle is learnt (median 100 % after 3,000 steps).</source>
        <translation>Die Sigmoidfunktion ist glatt, aber ihre Steigung ist höchstens 0.25. Auf dem Rückweg durch sechs Schichten wird der Gradient in jeder Schicht mit einer solchen Steigung (und mit den Gewichten) multipliziert, also hören die ersten Schichten wenig: in den ersten 1000 Schritten ist der Gradient der ersten Schicht etwa 150-mal kleiner als der der Ausgabeschicht (Median von 16 Startgewichten; etwa 3000-mal bei Schritt 0), und nach 3000 Schritten steht das Netz noch bei einem Münzwurf (Median 49 %). Die Steigung von tanh erreicht bei null den Wert 1: stelle die Aktivierung auf tanh, und der Gradient der ersten Schicht ist nicht kleiner als der der Ausgabe, und der Kreis wird gelernt (Median 100 % nach 3000 Schritten).</translation>
    </message>
    <message>
        <source>Gradient size (log): “layer 1” runs about 150 times (two orders of magnitude) below “output”.</source>
        <translation>Gradientengröße (log): „Schicht 1“ liegt etwa 150-mal (zwei Größenordnungen) unter „Ausgabe“.</translation>
    </message>
    <message>
        <source>3. ReLU trains fast</source>
        <translation>3. ReLU trainiert schnell</translation>
    </message>
    <message>
        <source>ReLU passes z when it is positive and 0 otherwise. Its slope is exactly 1 wherever the unit is active, so the activation itself takes nothing from the gradient on its way back; only the weights and the units that are off shrink it. Put ReLU into lesson 2&apos;s six-layer network and its first layer gets about as much gradient as the output (median ratio 1.0 over the first 1,000 steps, against sigmoid&apos;s 150). It is also cheap to compute. This two-layer network with ReLU passes 90 % test accuracy on the circle within 300 steps (median of 16 starting weights); with sigmoid it is still near a coin toss after 1,000 steps (median 51 %).</source>
        <translation>ReLU gibt z weiter, wenn es positiv ist, sonst 0. Ihre Steigung ist genau 1, wo immer die Einheit aktiv ist, also nimmt die Aktivierung selbst dem Gradienten auf dem Rückweg nichts weg; nur die Gewichte und die abgeschalteten Einheiten verkleinern ihn. Setze ReLU in das sechsschichtige Netz aus Lektion 2, und seine erste Schicht bekommt etwa so viel Gradient wie die Ausgabe (Median-Verhältnis 1.0 über die ersten 1000 Schritte, gegenüber 150 bei Sigmoid). Außerdem ist sie billig zu berechnen. Dieses zweischichtige Netz mit ReLU überschreitet 90 % Testgenauigkeit auf dem Kreis innerhalb von 300 Schritten (Median von 16 Startgewichten); mit Sigmoid ist es nach 1000 Schritten noch nahe einem Münzwurf (Median 51 %).</translation>
    </message>
    <message>
        <source>Loss falls quickly; the decision boundary wraps the inner circle.</source>
        <translation>Verlust fällt schnell; die Entscheidungsgrenze umschließt den Innenkreis.</translation>
    </message>
    <message>
        <source>4. Dying ReLU</source>
        <translation>4. Sterbende ReLU</translation>
    </message>
    <message>
        <source>ReLU&apos;s slope is 0 for every negative z. Press Space to train for a moment, then B for a Burst: 100 steps at learning rate 1, then back to 0.1. Its big, noisy steps shrink a dying unit&apos;s weights (about 7-fold) and pull its bias below zero until its z is negative for every training input: no water passes the tap, no gradient reaches its weights. Click a crossed neuron: the neuron inspector shows the histogram of its z over the training inputs, wholly left of zero. The burst kills a median of 8 of the 16 units (16 starting weights), and 60,000 steps later every one of them is still dead: each sees only the fixed data, so nothing can move its z again. In a deeper network a dead unit of a later layer can come back, because the layers below it keep learning and move its inputs.</source>
        <translation>Die Steigung von ReLU ist für jedes negative z gleich 0. Drücke die Leertaste, um kurz zu trainieren, dann B für einen Stoß: 100 Schritte mit Lernrate 1, dann zurück auf 0.1. Die großen, verrauschten Schritte des Stoßes schrumpfen die Gewichte einer sterbenden Einheit (etwa 7-fach) und ziehen ihren Bias unter null, bis ihr z für jede Trainingseingabe negativ ist: kein Wasser fließt durch den Hahn, kein Gradient erreicht ihre Gewichte. Klicke ein durchgestrichenes Neuron an: der Neuron-Inspektor zeigt das Histogramm seines z über die Trainingseingaben, ganz links von null. Der Stoß tötet im Median 8 der 16 Einheiten (16 Startgewichte), und 60 000 Schritte später ist jede davon immer noch tot: jede sieht nur die festen Daten, also kann nichts ihr z wieder bewegen. In einem tieferen Netz kann eine tote Einheit einer späteren Schicht zurückkommen, weil die Schichten darunter weiterlernen und ihre Eingaben verschieben.</translation>
    </message>
    <message>
        <source>Dead neurons turn grey and crossed; the dead count jumps (about 8 / 16 in the median network) and never falls.</source>
        <translation>Tote Neuronen werden grau und durchgestrichen; ihre Zahl springt (etwa 8 / 16 im Median-Netz) und sinkt nie.</translation>
    </message>
    <message>
        <source>5. Leaky ReLU keeps them alive</source>
        <translation>5. Leaky ReLU hält sie am Leben</translation>
    </message>
    <message>
        <source>Leaky ReLU lets a small slope alpha through for negative z: a hole in the pipe. The same burst on the same network pushes units below zero, but they are only inactive, not dead: the gradient still flows at slope alpha, so they keep learning and can come back. With alpha 0.1 the burst leaves a median of 5.5 of the 16 units inactive (16 starting weights), and 2,000 steps later 2 are left; with alpha 0.01 (PyTorch&apos;s default) it leaves 8, and 6.5 are still inactive 2,000 steps later. Try the burst, then set alpha to 0.01 and try again.</source>
        <translation>Leaky ReLU lässt für negative z eine kleine Steigung Alpha durch: ein Loch im Rohr. Derselbe Stoß auf demselben Netz drückt Einheiten unter null, aber sie sind nur inaktiv, nicht tot: der Gradient fließt weiter mit Steigung Alpha, also lernen sie weiter und können zurückkommen. Mit Alpha 0.1 lässt der Stoß im Median 5.5 der 16 Einheiten inaktiv zurück (16 Startgewichte), und 2000 Schritte später sind es noch 2; mit Alpha 0.01 (Standard von PyTorch) sind es 8, und 2000 Schritte später sind noch 6.5 inaktiv. Probiere den Stoß, dann stelle Alpha auf 0.01 und probiere es noch einmal.</translation>
    </message>
    <message>
        <source>No neuron is crossed out; dashed (inactive) ones come back to life. Click one: its z histogram lies left of zero, yet its gradient flows at slope alpha.</source>
        <translation>Kein Neuron wird durchgestrichen; gestrichelte (inaktive) leben wieder auf. Ein Klick darauf: sein z-Histogramm liegt links von null, doch sein Gradient fließt mit Steigung Alpha.</translation>
    </message>
    <message>
        <source>6. Beyond: ELU, GELU, SiLU and PReLU</source>
        <translation>6. Weiter: ELU, GELU, SiLU und PReLU</translation>
    </message>
    <message>
        <source>Newer activations keep ReLU&apos;s slope of 1 for large z but bend smoothly below zero: ELU levels off at -alpha, GELU and SiLU dip to -0.17 and -0.28. None has a flat half-line where a unit dies as a ReLU does, yet far below zero their slopes fade: under 10⁻¹² below z ≈ -28 for ELU, -7.6 for GELU and -31 for SiLU, exactly 0 below -38.6 for GELU and -745 for the other two. A unit that stays there is marked saturated, not dead. PReLU learns its negative slope for every unit, starting at 0.25: after 5,000 steps of this network the mean slope is about 0.12 in layer 1 and 0.06 in layer 2 (median of 16 starting weights), and 30 % of the slopes are below 0: such a unit&apos;s f grows on both sides of zero.</source>
        <translation>Neuere Aktivierungen behalten die Steigung 1 von ReLU für großes z, biegen aber unter null glatt ab: ELU flacht bei -Alpha ab, GELU und SiLU tauchen bis -0.17 und -0.28. Keine hat eine flache Halbgerade, auf der eine Einheit stirbt wie bei ReLU, doch weit unter null schwinden ihre Steigungen: unter 10⁻¹² unterhalb z ≈ -28 bei ELU, -7.6 bei GELU und -31 bei SiLU, genau 0 unterhalb -38.6 bei GELU und -745 bei den anderen beiden. Eine Einheit, die dort bleibt, wird als gesättigt markiert, nicht als tot. PReLU lernt ihre negative Steigung für jede Einheit, beginnend bei 0.25: nach 5000 Schritten dieses Netzes liegt die mittlere Steigung bei etwa 0.12 in Schicht 1 und 0.06 in Schicht 2 (Median von 16 Startgewichten), und 30 % der Steigungen liegen unter 0: das f einer solchen Einheit wächst auf beiden Seiten von null.</translation>
    </message>
    <message>
        <source>The slope tick on each unit and the “PReLU slope per layer” plot leave 0.25.</source>
        <translation>Die Steigungsstriche und „PReLU-Steigung pro Schicht“ verlassen 0.25.</translation>
    </message>
    <message>
        <source>unknown lesson {name}; choose one of: {names}</source>
        <translation>unbekannte Lektion {name}; wähle eine von: {names}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>Wasserhahn</translation>
    </message>
    <message>
        <source>Activation explorer</source>
        <translation>Aktivierungs-Explorer</translation>
    </message>
    <message>
        <source>Network trainer</source>
        <translation>Netz-Trainer</translation>
    </message>
    <message>
        <source>Water tap</source>
        <translation>Wasserhahn</translation>
    </message>
    <message>
        <source>Ready. Tick activations in the explorer to compare them; hover a plot to read f(z) and f′(z).</source>
        <translation>Bereit. Aktivierungen im Explorer ankreuzen, um sie zu vergleichen; über ein Diagramm zeigen, um f(z) und f′(z) abzulesen.</translation>
    </message>
    <message>
        <source>Presentation mode: F11 or Esc to leave</source>
        <translation>Präsentationsmodus: F11 oder Esc zum Verlassen</translation>
    </message>
    <message>
        <source>Presentation mode off</source>
        <translation>Präsentationsmodus aus</translation>
    </message>
    <message>
        <source>On stage: {views}. Keys: 1 explorer, 2 trainer, 3 tap, 0 the lesson&apos;s stage; F11 or Esc leaves</source>
        <translation>Auf der Bühne: {views}. Tasten: 1 Explorer, 2 Trainer, 3 Wasserhahn, 0 Bühne der Lektion; F11 oder Esc verlässt</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Bühne</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About reludesk</source>
        <translation>Über reludesk</translation>
    </message>
    <message>
        <source>reludesk: why ReLU, why it dies, how Leaky ReLU helps</source>
        <translation>reludesk: warum ReLU, warum sie stirbt, wie Leaky ReLU hilft</translation>
    </message>
    <message>
        <source>No translation into {language} is installed; the window stays as it was</source>
        <translation>Keine Übersetzung für {language} installiert; das Fenster bleibt, wie es war</translation>
    </message>
</context>
<context>
    <name>MarkedSlider</name>
    <message>
        <source>Step {step}: {text}</source>
        <translation>Schritt {step}: {text}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>Experiment &amp;laden…</translation>
    </message>
    <message>
        <source>Load a saved experiment (.reludesk.json)</source>
        <translation>Ein gespeichertes Experiment laden (.reludesk.json)</translation>
    </message>
    <message>
        <source>&amp;Save experiment…</source>
        <translation>Experiment &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the settings of this experiment (.reludesk.json)</source>
        <translation>Die Einstellungen dieses Experiments speichern (.reludesk.json)</translation>
    </message>
    <message>
        <source>Save experiment with &amp;weights…</source>
        <translation>Experiment mit &amp;Gewichten speichern…</translation>
    </message>
    <message>
        <source>Save the settings and the trained weights, to go on from here later</source>
        <translation>Einstellungen und trainierte Gewichte speichern, um später hier weiterzumachen</translation>
    </message>
    <message>
        <source>&amp;Export figure…</source>
        <translation>Abbildung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the explorer&apos;s f(z) and f′(z) plots as PNG or SVG, or the curves as CSV</source>
        <translation>Die Diagramme f(z) und f′(z) des Explorers als PNG oder SVG speichern, oder die Kurven als CSV</translation>
    </message>
    <message>
        <source>Export &amp;history as CSV…</source>
        <translation>&amp;Verlauf als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the training history (loss, accuracy, dead share, gradient size) as CSV</source>
        <translation>Den Trainingsverlauf (Verlust, Genauigkeit, Anteil toter, Gradientengröße) als CSV speichern</translation>
    </message>
    <message>
        <source>Screensho&amp;t of the window…</source>
        <translation>Bildschirmfo&amp;to des Fensters…</translation>
    </message>
    <message>
        <source>Save a picture of the whole window (PNG)</source>
        <translation>Ein Bild des ganzen Fensters speichern (PNG)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close reludesk</source>
        <translation>reludesk schließen</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large text, thick lines and strong contrast, for a projector (Esc leaves it)</source>
        <translation>Vollbild, große Schrift, dicke Linien und starker Kontrast, für einen Projektor (Esc verlässt ihn)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Fenster&amp;layout zurücksetzen</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>Jeden Bereich an seinen Anfangsplatz zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Die Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;About reludesk</source>
        <translation>Über &amp;reludesk</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Version und Mitwirkende</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Export &amp;plot</source>
        <translation>Diagramm e&amp;xportieren</translation>
    </message>
    <message>
        <source>{plot}…</source>
        <translation>{plot}…</translation>
    </message>
    <message>
        <source>Save this plot as PNG or SVG: {plot}</source>
        <translation>Dieses Diagramm als PNG oder SVG speichern: {plot}</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Aufnehmen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show or hide this panel: {panel}</source>
        <translation>Diesen Bereich zeigen oder verbergen: {panel}</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Colours: {theme}</source>
        <translation>Farben: {theme}</translation>
    </message>
    <message>
        <source>&amp;Import points (CSV)…</source>
        <translation>Punkte &amp;importieren (CSV)…</translation>
    </message>
    <message>
        <source>Train on points read from a CSV file (x1,x2,label); the network keeps its weights</source>
        <translation>Auf Punkten aus einer CSV-Datei trainieren (x1,x2,label); das Netz behält seine Gewichte</translation>
    </message>
    <message>
        <source>Export p&amp;oints (CSV)…</source>
        <translation>P&amp;unkte exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Save the points in use, train and test, as CSV (x1,x2,label)</source>
        <translation>Die benutzten Punkte, Training und Test, als CSV speichern (x1,x2,label)</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
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
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Mouse over a plot</source>
        <translation>Maus über einem Diagramm</translation>
    </message>
    <message>
        <source>Read z, f(z) and f′(z)</source>
        <translation>z, f(z) und f′(z) ablesen</translation>
    </message>
    <message>
        <source>Drag / wheel on a plot</source>
        <translation>Ziehen / Mausrad im Diagramm</translation>
    </message>
    <message>
        <source>Pan / zoom; right-click for more</source>
        <translation>Verschieben / Zoomen; Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>Click a legend line</source>
        <translation>Klick auf eine Legendenlinie</translation>
    </message>
    <message>
        <source>Hide that activation</source>
        <translation>Diese Aktivierung ausblenden</translation>
    </message>
    <message>
        <source>A desktop simulator that shows why ReLU replaced step, sigmoid and tanh, why ReLU neurons die, and how Leaky ReLU keeps them alive.</source>
        <translation>Ein Desktop-Simulator, der zeigt, warum ReLU Stufe, Sigmoid und tanh abgelöst hat, warum ReLU-Neuronen sterben und wie Leaky ReLU sie am Leben hält.</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>MIT-Lizenz.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} muss eine ganze Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>layer must be a hidden layer, 0 to {last}, got {layer}</source>
        <translation>layer muss eine verdeckte Schicht sein, 0 bis {last}, erhalten: {layer}</translation>
    </message>
    <message>
        <source>unit must be 0 to {last} in layer {layer}, got {unit}</source>
        <translation>unit muss 0 bis {last} in Schicht {layer} sein, erhalten: {unit}</translation>
    </message>
    <message>
        <source>replica must be 0 to {last}, got {replica}</source>
        <translation>replica muss 0 bis {last} sein, erhalten: {replica}</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>the bias</source>
        <translation>der Bias</translation>
    </message>
    <message>
        <source>a kill bias needs at least one input row</source>
        <translation>ein tötender Bias braucht mindestens eine Eingabezeile</translation>
    </message>
    <message>
        <source>this unit&apos;s inputs are not finite numbers, so no bias can kill it</source>
        <translation>die Eingaben dieser Einheit sind keine endlichen Zahlen, also kann kein Bias sie töten</translation>
    </message>
    <message>
        <source>{what} must be numbers</source>
        <translation>{what}: nur Zahlen erlaubt</translation>
    </message>
    <message>
        <source>{what} must be {count} numbers, got shape {shape}</source>
        <translation>{what}: {count} Zahlen erwartet, erhalten: Form {shape}</translation>
    </message>
    <message>
        <source>{what} must be one number, got shape {shape}</source>
        <translation>{what}: eine Zahl erwartet, erhalten: Form {shape}</translation>
    </message>
    <message>
        <source>{what} must be finite numbers (no nan or infinity)</source>
        <translation>{what}: nur endliche Zahlen erlaubt (kein nan, kein Unendlich)</translation>
    </message>
    <message>
        <source>{what} must lie within ±{limit}</source>
        <translation>{what}: die Werte müssen innerhalb ±{limit} liegen</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Your own data: {points} points ({train} train, {test} test); the network trains on with its weights</source>
        <translation>Deine eigenen Daten: {points} Punkte ({train} Training, {test} Test); das Netz trainiert mit seinen Gewichten weiter</translation>
    </message>
    <message>
        <source>New data (data seed {seed}): the network keeps its weights</source>
        <translation>Neue Daten (Daten-Startwert {seed}): das Netz behält seine Gewichte</translation>
    </message>
    <message>
        <source>New weights (seed {seed}) on the same data</source>
        <translation>Neue Gewichte (Startwert {seed}) auf denselben Daten</translation>
    </message>
    <message>
        <source>Speed: {speed}</source>
        <translation>Tempo: {speed}</translation>
    </message>
    <message>
        <source>Learning rate {rate}: the network trains on from here</source>
        <translation>Lernrate {rate}: das Netz trainiert von hier aus weiter</translation>
    </message>
    <message>
        <source>Step {step}</source>
        <translation>Schritt {step}</translation>
    </message>
    <message>
        <source>A new network from the current settings</source>
        <translation>Ein neues Netz aus den aktuellen Einstellungen</translation>
    </message>
    <message>
        <source>Burst: {burst}; back to {rate}</source>
        <translation>Stoß: {burst}; zurück auf {rate}</translation>
    </message>
    <message>
        <source>Paused at step {step}</source>
        <translation>Angehalten bei Schritt {step}</translation>
    </message>
    <message>
        <source>Training has stopped; lower the learning rate, then Reset</source>
        <translation>Das Training ist gestoppt; die Lernrate senken, dann Zurücksetzen drücken</translation>
    </message>
    <message>
        <source>Not applied: {message}. The network keeps its previous settings.</source>
        <translation>Nicht übernommen: {message}. Das Netz behält seine bisherigen Einstellungen.</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>alive</source>
        <translation>lebendig</translation>
    </message>
    <message>
        <source>inactive but alive</source>
        <translation>inaktiv, aber lebendig</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>gesättigt</translation>
    </message>
    <message>
        <source>Alive: bar = share of inputs it fires on</source>
        <translation>Lebendig: Balken = Anteil der Eingaben, bei denen es feuert</translation>
    </message>
    <message>
        <source>Alive (bar: share firing)</source>
        <translation>Lebend (Balken: Anteil aktiv)</translation>
    </message>
    <message>
        <source>Inactive but alive: z &lt; 0 everywhere, gradient still leaks</source>
        <translation>Inaktiv, aber lebendig: z &lt; 0 überall, Gradient leckt noch</translation>
    </message>
    <message>
        <source>Inactive, still leaks gradient</source>
        <translation>Inaktiv, leckt noch Gradient</translation>
    </message>
    <message>
        <source>Dead: no gradient; its weights go grey</source>
        <translation>Tot: kein Gradient; seine Gewichte werden grau</translation>
    </message>
    <message>
        <source>Dead: no gradient</source>
        <translation>Tot: kein Gradient</translation>
    </message>
    <message>
        <source>Dead in the gradient sense: f′ = 0, though it may fire</source>
        <translation>Tot im Gradienten-Sinn: f′ = 0, auch wenn es feuern kann</translation>
    </message>
    <message>
        <source>Dead: f′ = 0, may still fire</source>
        <translation>Tot: f′ = 0, feuert evtl.</translation>
    </message>
    <message>
        <source>Saturated: |f′| &lt; {floor} on every input (alive, numerically silent)</source>
        <translation>Gesättigt: |f′| &lt; {floor} bei jeder Eingabe (lebendig, numerisch stumm)</translation>
    </message>
    <message>
        <source>Saturated: |f′| &lt; {floor}</source>
        <translation>Gesättigt: |f′| &lt; {floor}</translation>
    </message>
    <message>
        <source>Tick: its learned slope below zero</source>
        <translation>Strich: seine gelernte Steigung unter null</translation>
    </message>
    <message>
        <source>Tick: learned slope</source>
        <translation>Strich: gelernte Steigung</translation>
    </message>
    <message>
        <source>Weights: blue +, orange −, thicker = larger |w|</source>
        <translation>Gewichte: blau +, orange −, dicker = größeres |w|</translation>
    </message>
    <message>
        <source>Weights + / −</source>
        <translation>Gewichte + / −</translation>
    </message>
    <message>
        <source>(strongest weights only)</source>
        <translation>(nur die stärksten Gewichte)</translation>
    </message>
    <message>
        <source>(big layers: only the strongest weights)</source>
        <translation>(große Schichten: nur die stärksten Gewichte)</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Eing.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ausg.</translation>
    </message>
    <message>
        <source>Hidden {n}</source>
        <translation>Verdeckt {n}</translation>
    </message>
    <message>
        <source>H{n}</source>
        <translation>V{n}</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <source>output {n}</source>
        <translation>Ausgabe {n}</translation>
    </message>
    <message>
        <source>neuron {unit} of hidden layer {layer}</source>
        <translation>Neuron {unit} der verdeckten Schicht {layer}</translation>
    </message>
    <message>
        <source>{n} dead</source>
        <translation>{n} tot</translation>
    </message>
    <message>
        <source>{n} inactive</source>
        <translation>{n} inaktiv</translation>
    </message>
    <message>
        <source>{n} saturated</source>
        <translation>{n} gesättigt</translation>
    </message>
    <message>
        <source> sat</source>
        <translation> ges.</translation>
    </message>
    <message>
        <source>all alive</source>
        <translation>alle lebendig</translation>
    </message>
    <message>
        <source>{name} - click to stop using it
{tip}</source>
        <translation>{name} - klicken, um es nicht mehr zu benutzen
{tip}</translation>
    </message>
    <message>
        <source>{name} - click to use it
{tip}</source>
        <translation>{name} - klicken, um es zu benutzen
{tip}</translation>
    </message>
    <message>
        <source>not a number (training diverged)</source>
        <translation>keine Zahl (Training divergiert)</translation>
    </message>
    <message>
        <source>dead in the gradient sense: a step&apos;s f′(z) is 0 at every z, so though it fires on {share} of training inputs, no gradient reaches its weights</source>
        <translation>tot im Gradienten-Sinn: das f′(z) einer Stufe ist bei jedem z gleich 0, also erreicht kein Gradient seine Gewichte, obwohl es bei {share} der Trainingseingaben feuert</translation>
    </message>
    <message>
        <source>f′(z) = 0 on every training input, so no gradient reaches its weights; nothing can bring it back: its inputs are the fixed data</source>
        <translation>f′(z) = 0 bei jeder Trainingseingabe, also erreicht kein Gradient seine Gewichte; nichts kann es zurückholen: seine Eingaben sind die festen Daten</translation>
    </message>
    <message>
        <source>f′(z) = 0 on every training input, so no gradient reaches its weights; it comes back only if the layers below move its inputs above zero</source>
        <translation>f′(z) = 0 bei jeder Trainingseingabe, also erreicht kein Gradient seine Gewichte; es kommt nur zurück, wenn die Schichten darunter seine Eingaben über null schieben</translation>
    </message>
    <message>
        <source>|f′(z)| &lt; {floor} on every training input: mathematically alive, numerically silent (its gradient is not exactly 0, as a dead ReLU&apos;s is, but far too small to move its weights)</source>
        <translation>|f′(z)| &lt; {floor} bei jeder Trainingseingabe: mathematisch lebendig, numerisch stumm (sein Gradient ist nicht genau 0 wie bei einer toten ReLU, aber viel zu klein, um seine Gewichte zu bewegen)</translation>
    </message>
    <message>
        <source>its learned slope {slope}</source>
        <translation>seine gelernte Steigung {slope}</translation>
    </message>
    <message>
        <source>slope α = {alpha}</source>
        <translation>Steigung α = {alpha}</translation>
    </message>
    <message>
        <source>z &lt; 0 on every training input, yet gradient still flows at {slope}, so it can revive</source>
        <translation>z &lt; 0 bei jeder Trainingseingabe, doch der Gradient fließt noch mit {slope}, also kann es sich erholen</translation>
    </message>
    <message>
        <source>gradient reaches its weights from some training inputs</source>
        <translation>bei einigen Trainingseingaben erreicht Gradient seine Gewichte</translation>
    </message>
    <message>
        <source>Bias: {bias}</source>
        <translation>Bias: {bias}</translation>
    </message>
    <message>
        <source>Gradient norm of its incoming weights: {norm}</source>
        <translation>Gradientennorm seiner eingehenden Gewichte: {norm}</translation>
    </message>
    <message>
        <source>Output neuron: the probability of class 1 over the input plane</source>
        <translation>Ausgabeneuron: die Wahrscheinlichkeit von Klasse 1 über der Eingabeebene</translation>
    </message>
    <message>
        <source>Output neuron: the predicted value over the input plane</source>
        <translation>Ausgabeneuron: der vorhergesagte Wert über der Eingabeebene</translation>
    </message>
    <message>
        <source>Hidden layer {layer}, neuron {unit}</source>
        <translation>Verdeckte Schicht {layer}, Neuron {unit}</translation>
    </message>
    <message>
        <source>State: {state}: {reason}</source>
        <translation>Zustand: {state}: {reason}</translation>
    </message>
    <message>
        <source>Active share: fires (z &gt; 0) on {share} of training inputs</source>
        <translation>Aktiver Anteil: feuert (z &gt; 0) bei {share} der Trainingseingaben</translation>
    </message>
    <message>
        <source>Mean z over training inputs: {mean}</source>
        <translation>Mittleres z über die Trainingseingaben: {mean}</translation>
    </message>
    <message>
        <source>Learned slope below zero: {slope} (the tick at its corner)</source>
        <translation>Gelernte Steigung unter null: {slope} (der Strich an seiner Ecke)</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>ein unbekannter Anteil</translation>
    </message>
</context>
<context>
    <name>NetworkViewAccessible</name>
    <message>
        <source>Network: neurons and weights</source>
        <translation>Netz: Neuronen und Gewichte</translation>
    </message>
    <message>
        <source>Every input and neuron with its state. Tab into it; the arrow keys move between neurons, Enter opens the inspector on one (or toggles an input), Escape clears the selection</source>
        <translation>Jede Eingabe und jedes Neuron mit seinem Zustand. Mit Tab hinein; die Pfeiltasten wechseln zwischen Neuronen, die Eingabetaste öffnet den Inspektor für eines (oder schaltet eine Eingabe um), Esc hebt die Auswahl auf</translation>
    </message>
    <message>
        <source>no gradient</source>
        <translation>kein Gradient</translation>
    </message>
    <message>
        <source>z &lt; 0 everywhere, gradient still leaks</source>
        <translation>z &lt; 0 überall, Gradient leckt noch</translation>
    </message>
    <message>
        <source>|f′| &lt; {floor} on every input</source>
        <translation>|f′| &lt; {floor} bei jeder Eingabe</translation>
    </message>
    <message>
        <source>f′ = 0, may still fire</source>
        <translation>f′ = 0, feuert evtl. noch</translation>
    </message>
    <message>
        <source>Input {label}, in use</source>
        <translation>Eingabe {label}, benutzt</translation>
    </message>
    <message>
        <source>Input {label}, not in use</source>
        <translation>Eingabe {label}, nicht benutzt</translation>
    </message>
    <message>
        <source>Output neuron</source>
        <translation>Ausgabeneuron</translation>
    </message>
    <message>
        <source>Output neuron {unit}</source>
        <translation>Ausgabeneuron {unit}</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>ein unbekannter Anteil</translation>
    </message>
    <message>
        <source>Hidden layer {layer}, neuron {unit}: {state}, fires on {share} of training inputs</source>
        <translation>Verdeckte Schicht {layer}, Neuron {unit}: {state}, feuert bei {share} der Trainingseingaben</translation>
    </message>
    <message>
        <source>Enter does what a click does</source>
        <translation>Die Eingabetaste tut, was ein Klick tut</translation>
    </message>
    <message>
        <source>Press Enter to inspect it</source>
        <translation>Eingabetaste drücken, um es zu untersuchen</translation>
    </message>
</context>
<context>
    <name>NeuronInspector</name>
    <message>
        <source>Show on the output plot</source>
        <translation>Im Ausgabediagramm zeigen</translation>
    </message>
    <message>
        <source>Draw this neuron&apos;s output over the input plane in the big plot</source>
        <translation>Die Ausgabe dieses Neurons über der Eingabeebene im großen Diagramm zeichnen</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Töten</translation>
    </message>
    <message>
        <source>Push the bias down just far enough that z &lt; 0 on every training input</source>
        <translation>Den Bias gerade so weit senken, dass z &lt; 0 bei jeder Trainingseingabe</translation>
    </message>
    <message>
        <source>Revive</source>
        <translation>Beleben</translation>
    </message>
    <message>
        <source>Draw this neuron&apos;s weights and bias afresh, as the network&apos;s initialiser does</source>
        <translation>Gewichte und Bias dieses Neurons neu ziehen, wie es die Initialisierung des Netzes tut</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the last edit ({keys}): the numbers come back exactly</source>
        <translation>Letzte Änderung rückgängig machen ({keys}): die Zahlen kommen exakt zurück</translation>
    </message>
    <message>
        <source>Neuron {unit} of hidden layer {layer}: {state}</source>
        <translation>Neuron {unit} der verdeckten Schicht {layer}: {state}</translation>
    </message>
    <message>
        <source>from x{n}</source>
        <translation>von x{n}</translation>
    </message>
    <message>
        <source>from neuron {n}</source>
        <translation>von Neuron {n}</translation>
    </message>
    <message>
        <source>Click a neuron in the network to look inside it</source>
        <translation>Ein Neuron im Netz anklicken, um hineinzuschauen</translation>
    </message>
</context>
<context>
    <name>OutputTools</name>
    <message>
        <source>Draw</source>
        <translation>Malen</translation>
    </message>
    <message>
        <source>Draw your own points on the plot: left click class A (orange), right click class B (blue); for regression the value beside it (right click: its negative). The network trains on, with the weights it has</source>
        <translation>Eigene Punkte ins Diagramm malen: Linksklick Klasse A (orange), Rechtsklick Klasse B (blau); bei Regression den Wert daneben (Rechtsklick: sein Negatives). Das Netz trainiert mit seinen Gewichten weiter</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>While on, a click removes the point nearest to it</source>
        <translation>Wenn an, entfernt ein Klick den nächstgelegenen Punkt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every point, to draw a data set from nothing</source>
        <translation>Alle Punkte entfernen, um einen Datensatz von null an zu zeichnen</translation>
    </message>
    <message>
        <source>Target of a left click (regression); a right click draws its negative</source>
        <translation>Zielwert eines Linksklicks (Regression); ein Rechtsklick zeichnet sein Negatives</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testset</translation>
    </message>
    <message>
        <source>Show the test points (rings)</source>
        <translation>Die Testpunkte zeigen (Ringe)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Colour the plane by the class the network predicts (output ≥ 0.5), or the sign of its output for regression, instead of the output itself</source>
        <translation>Die Ebene nach der vom Netz vorhergesagten Klasse (Ausgabe ≥ 0.5) färben, oder bei Regression nach dem Vorzeichen der Ausgabe, statt nach der Ausgabe selbst</translation>
    </message>
    <message>
        <source>Import points…</source>
        <translation>Punkte importieren…</translation>
    </message>
    <message>
        <source>Read points from a CSV file (x1,x2,label)</source>
        <translation>Punkte aus einer CSV-Datei lesen (x1,x2,label)</translation>
    </message>
    <message>
        <source>Export points…</source>
        <translation>Punkte exportieren…</translation>
    </message>
    <message>
        <source>Save the points in use as a CSV file (x1,x2,label)</source>
        <translation>Die benutzten Punkte als CSV-Datei speichern (x1,x2,label)</translation>
    </message>
</context>
<context>
    <name>PanelLayout</name>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verdeckte Schichten</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Slope α</source>
        <translation>Steigung α</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Init weights</source>
        <translation>Startgewichte</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Regularize</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>Reg. rate</source>
        <translation>Reg.-Faktor</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>task must be one of: {tasks}; got {task}</source>
        <translation>task muss eines von {tasks} sein; erhalten: {task}</translation>
    </message>
    <message>
        <source>points need X (n, 2) and y (n,), got {x_shape} and {y_shape}</source>
        <translation>Punkte brauchen X (n, 2) und y (n,), erhalten: {x_shape} und {y_shape}</translation>
    </message>
    <message>
        <source>at most {most} points are allowed, got {count}</source>
        <translation>höchstens {most} Punkte sind erlaubt, erhalten: {count}</translation>
    </message>
    <message>
        <source>every coordinate and label must be a finite number</source>
        <translation>jede Koordinate und jedes Label muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>coordinates must lie in [-{limit}, {limit}]</source>
        <translation>Koordinaten müssen in [-{limit}, {limit}] liegen</translation>
    </message>
    <message>
        <source>at most {most} points are allowed; erase some first</source>
        <translation>höchstens {most} Punkte sind erlaubt; erst einige radieren</translation>
    </message>
    <message>
        <source>points must be an object with &quot;task&quot; and &quot;rows&quot;</source>
        <translation>points muss ein Objekt mit "task" und "rows" sein</translation>
    </message>
    <message>
        <source>points.rows must be a list of [x1, x2, label] rows</source>
        <translation>points.rows muss eine Liste von Zeilen [x1, x2, label] sein</translation>
    </message>
    <message>
        <source>points.rows holds {count} rows; at most {most}</source>
        <translation>points.rows enthält {count} Zeilen; höchstens {most}</translation>
    </message>
    <message>
        <source>points.rows[{index}] must be three numbers [x1, x2, label]</source>
        <translation>points.rows[{index}] muss aus drei Zahlen [x1, x2, label] bestehen</translation>
    </message>
    <message>
        <source>points: {reason}</source>
        <translation>points: {reason}</translation>
    </message>
    <message>
        <source>label {label}: a class is 0 (class A, orange) or 1 (class B, blue)</source>
        <translation>Label {label}: eine Klasse ist 0 (Klasse A, orange) oder 1 (Klasse B, blau)</translation>
    </message>
    <message>
        <source>target {target} is outside [-1, 1], the range of a regression target</source>
        <translation>Zielwert {target} liegt außerhalb von [-1, 1], dem Bereich eines Regressionsziels</translation>
    </message>
    <message>
        <source>{file}, line {line}: no column {missing}; the first line must name the columns {header}</source>
        <translation>{file}, Zeile {line}: keine Spalte {missing}; die erste Zeile muss die Spalten {header} nennen</translation>
    </message>
    <message>
        <source>{file}, line {line}: a point beyond the first {most}; at most {most} points are read</source>
        <translation>{file}, Zeile {line}: ein Punkt über die ersten {most} hinaus; höchstens {most} Punkte werden gelesen</translation>
    </message>
    <message>
        <source>{file}, line {line}: {count} values, but the first line names {columns} columns</source>
        <translation>{file}, Zeile {line}: {count} Werte, aber die erste Zeile nennt {columns} Spalten</translation>
    </message>
    <message>
        <source>{file}: it is empty; the first line must be {header}</source>
        <translation>{file}: sie ist leer; die erste Zeile muss {header} sein</translation>
    </message>
    <message>
        <source>{file}: it holds no points, only the line naming the columns</source>
        <translation>{file}: sie enthält keine Punkte, nur die Zeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, Zeile {line}</translation>
    </message>
    <message>
        <source>{where}: {column} is {text}, not a number</source>
        <translation>{where}: {column} ist {text}, keine Zahl</translation>
    </message>
    <message>
        <source>{where}: {column} is {text}; every value must be a finite number</source>
        <translation>{where}: {column} ist {text}; jeder Wert muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>{where}: {column} = {value} is outside [-{limit}, {limit}]</source>
        <translation>{where}: {column} = {value} liegt außerhalb von [-{limit}, {limit}]</translation>
    </message>
    <message>
        <source>{where}: label {text}; for classification a label is 0 (class A, orange) or 1 (class B, blue)</source>
        <translation>{where}: Label {text}; bei Klassifikation ist ein Label 0 (Klasse A, orange) oder 1 (Klasse B, blau)</translation>
    </message>
    <message>
        <source>{where}: label {value} is outside [-1, 1], the range of a regression target</source>
        <translation>{where}: Label {value} liegt außerhalb von [-1, 1], dem Bereich eines Regressionsziels</translation>
    </message>
</context>
<context>
    <name>PointsIO</name>
    <message>
        <source>Points as CSV (*.csv);;All files (*)</source>
        <translation>Punkte als CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import points</source>
        <translation>Punkte importieren</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>Punkte exportieren</translation>
    </message>
    <message>
        <source>{problem} The data in use is unchanged.</source>
        <translation>{problem} Die benutzten Daten bleiben unverändert.</translation>
    </message>
    <message>
        <source>Read {count} points from {name}: the network trains on them with the weights it has</source>
        <translation>{count} Punkte aus {name} gelesen: das Netz trainiert mit seinen Gewichten darauf weiter</translation>
    </message>
    <message>
        <source>Saved {count} points to {path}</source>
        <translation>{count} Punkte gespeichert in {path}</translation>
    </message>
</context>
<context>
    <name>PropertiesTable</name>
    <message>
        <source>Measured when the table is first shown; one moment.</source>
        <translation>Gemessen, wenn die Tabelle zum ersten Mal erscheint; einen Moment.</translation>
    </message>
</context>
<context>
    <name>RecordControl</name>
    <message>
        <source>A recording is still being written; wait for it to finish</source>
        <translation>Eine Aufnahme wird noch geschrieben; warte, bis sie fertig ist</translation>
    </message>
    <message>
        <source>Recording {target} to {name}: press Esc to stop</source>
        <translation>Aufnahme von {target} in {name}: Esc drücken zum Beenden</translation>
    </message>
    <message>
        <source>Writing {frames} frames to {name}… ({why})</source>
        <translation>{frames} Bilder werden in {name} geschrieben… ({why})</translation>
    </message>
    <message>
        <source>Writing {frames} frames to {name}…</source>
        <translation>{frames} Bilder werden in {name} geschrieben…</translation>
    </message>
    <message>
        <source>Saved {name}: {frames} frames, {size}</source>
        <translation>{name} gespeichert: {frames} Bilder, {size}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>GIF (animated picture: slides, web pages)</source>
        <translation>GIF (animiertes Bild: Folien, Webseiten)</translation>
    </message>
    <message>
        <source>MP4 (video)</source>
        <translation>MP4 (Video)</translation>
    </message>
    <message>
        <source>Record the window or one panel as a GIF or MP4</source>
        <translation>Das Fenster oder einen Bereich als GIF oder MP4 aufnehmen</translation>
    </message>
    <message>
        <source>Record the window or one panel as a GIF ({hint})</source>
        <translation>Das Fenster oder einen Bereich als GIF aufnehmen ({hint})</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source> frames a second</source>
        <translation> Bilder pro Sekunde</translation>
    </message>
    <message>
        <source> s at most (Esc stops sooner)</source>
        <translation> s höchstens (Esc stoppt früher)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Record to</source>
        <translation>Aufnehmen in</translation>
    </message>
</context>
<context>
    <name>RecordIndicator</name>
    <message>
        <source>Recording: press Esc to stop and save</source>
        <translation>Aufnahme: Esc drücken zum Beenden und Speichern</translation>
    </message>
    <message>
        <source>● REC {time}</source>
        <translation>● REC {time}</translation>
    </message>
    <message>
        <source>Recording, {n} seconds</source>
        <translation>Aufnahme, {n} Sekunden</translation>
    </message>
    <message>
        <source>Saving… {percent} %</source>
        <translation>Speichern… {percent} %</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>there was not enough memory for its frames</source>
        <translation>es war nicht genug Speicher für ihre Bilder da</translation>
    </message>
    <message>
        <source>a frame could not be kept ({problem})</source>
        <translation>ein Bild konnte nicht behalten werden ({problem})</translation>
    </message>
    <message>
        <source>{name}: it could not be written ({error})</source>
        <translation>{name}: konnte nicht geschrieben werden ({error})</translation>
    </message>
    <message>
        <source>the memory set aside for frames is full</source>
        <translation>der für Bilder reservierte Speicher ist voll</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>{name}: a recording is saved as {allowed}</source>
        <translation>{name}: eine Aufnahme wird als {allowed} gespeichert</translation>
    </message>
    <message>
        <source>{name}: a recording is saved as {allowed} ({hint})</source>
        <translation>{name}: eine Aufnahme wird als {allowed} gespeichert ({hint})</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Whole window</source>
        <translation>Ganzes Fenster</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Network output plot</source>
        <translation>Netzausgabe-Diagramm</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Verlustdiagramm</translation>
    </message>
    <message>
        <source>Water tap</source>
        <translation>Wasserhahn</translation>
    </message>
    <message>
        <source>Activation explorer</source>
        <translation>Aktivierungs-Explorer</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, e.g. 800x600, got {text}</source>
        <translation>--size muss BREITExHÖHE in Pixeln sein, z. B. 800x600, erhalten: {text}</translation>
    </message>
    <message>
        <source>--size sides must be {low} to {high} pixels, got {width}x{height}</source>
        <translation>--size: Seiten müssen {low} bis {high} Pixel lang sein, erhalten: {width}x{height}</translation>
    </message>
    <message>
        <source>--out: the folder {folder} does not exist</source>
        <translation>--out: der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>--out must end in .gif, .mp4 or .png, or be a folder, got {text}</source>
        <translation>--out muss auf .gif, .mp4 oder .png enden oder ein Ordner sein, erhalten: {text}</translation>
    </message>
    <message>
        <source>--lesson: unknown lesson {lesson}; choose one of: {names}</source>
        <translation>--lesson: unbekannte Lektion {lesson}; wähle eine von: {names}</translation>
    </message>
    <message>
        <source>--panel: unknown panel {panel}; choose one of: {names}</source>
        <translation>--panel: unbekannter Bereich {panel}; wähle einen von: {names}</translation>
    </message>
    <message>
        <source>--steps must be 1 to {most}, got {steps}</source>
        <translation>--steps muss 1 bis {most} sein, erhalten: {steps}</translation>
    </message>
    <message>
        <source>--burst-at must be 0 to --steps ({steps}), got {burst_at}</source>
        <translation>--burst-at muss 0 bis --steps ({steps}) sein, erhalten: {burst_at}</translation>
    </message>
    <message>
        <source>--fps must be 1 to {most}, got {fps}</source>
        <translation>--fps muss 1 bis {most} sein, erhalten: {fps}</translation>
    </message>
    <message>
        <source>--every must be at least 1 step, got {every}</source>
        <translation>--every muss mindestens 1 Schritt sein, erhalten: {every}</translation>
    </message>
    <message>
        <source>--every {every} makes {frames} frames, at most {most}: take --every {least} or more</source>
        <translation>--every {every} ergibt {frames} Bilder, höchstens {most}: nimm --every {least} oder mehr</translation>
    </message>
    <message>
        <source>the frames filled {mb} MB at frame {k}: take a larger --every or a smaller --size</source>
        <translation>die Bilder füllten {mb} MB bei Bild {k}: nimm ein größeres --every oder eine kleinere --size</translation>
    </message>
    <message>
        <source>{title}  ·  step {step}  ·  burst: learning rate {rate}</source>
        <translation>{title}  ·  Schritt {step}  ·  Stoß: Lernrate {rate}</translation>
    </message>
    <message>
        <source>{title}  ·  step {step}</source>
        <translation>{title}  ·  Schritt {step}</translation>
    </message>
    <message>
        <source>{prog}: error: {reason}</source>
        <translation>{prog}: Fehler: {reason}</translation>
    </message>
    <message>
        <source>Render a lesson&apos;s run offscreen, for slides: a GIF, an MP4 or a series of PNG files.</source>
        <translation>Den Lauf einer Lektion ohne Fenster rendern, für Folien: ein GIF, ein MP4 oder eine Reihe von PNG-Dateien.</translation>
    </message>
    <message>
        <source>one of: {names}</source>
        <translation>eines von: {names}</translation>
    </message>
    <message>
        <source>step of the burst ({steps} steps at learning rate {rate}); none if left out</source>
        <translation>Schritt des Stoßes ({steps} Schritte mit Lernrate {rate}); weggelassen: keiner</translation>
    </message>
    <message>
        <source>steps to train in all</source>
        <translation>Trainingsschritte insgesamt</translation>
    </message>
    <message>
        <source>file .gif, .mp4 or .png (a numbered series), or a folder</source>
        <translation>Datei .gif, .mp4 oder .png (eine nummerierte Reihe), oder ein Ordner</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT in pixels (default {size}, the window {window})</source>
        <translation>BREITExHÖHE in Pixeln (Standard {size}, das Fenster {window})</translation>
    </message>
    <message>
        <source>frames a second (default %(default)s)</source>
        <translation>Bilder pro Sekunde (Standard %(default)s)</translation>
    </message>
    <message>
        <source>a frame every N steps (default: about {seconds} s of video)</source>
        <translation>ein Bild alle N Schritte (Standard: etwa {seconds} s Video)</translation>
    </message>
    <message>
        <source>no caption strip (lesson, step, burst) at the foot</source>
        <translation>kein Untertitelstreifen (Lektion, Schritt, Stoß) am Fuß</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <source>wrote {path} ({size})</source>
        <translation>{path} geschrieben ({size})</translation>
    </message>
</context>
<context>
    <name>SeedHistogram</name>
    <message>
        <source>networks</source>
        <translation>Netze</translation>
    </message>
    <message>
        <source>share of hidden units (%)</source>
        <translation>Anteil verdeckter Einheiten (%)</translation>
    </message>
    <message>
        <source>Each bar counts the networks that ended with that share of dead units</source>
        <translation>Jeder Balken zählt die Netze, die mit diesem Anteil toter Einheiten endeten</translation>
    </message>
    <message>
        <source>median {value:.0f} %</source>
        <translation>Median {value:.0f} %</translation>
    </message>
    <message>
        <source>Dead units per network, {seeds} seeds</source>
        <translation>Tote Einheiten pro Netz, {seeds} Startwerte</translation>
    </message>
    <message>
        <source>dead (no gradient)</source>
        <translation>tot (kein Gradient)</translation>
    </message>
</context>
<context>
    <name>SeedStatsPanel</name>
    <message>
        <source>Press “Train {seeds} seeds” to see how often this network loses its neurons.</source>
        <translation>„Mit {seeds} Startwerten trainieren“ drücken, um zu sehen, wie oft dieses Netz seine Neuronen verliert.</translation>
    </message>
    <message>
        <source>Train {seeds} seeds</source>
        <translation>Mit {seeds} Startwerten trainieren</translation>
    </message>
    <message>
        <source>Train this configuration {seeds} times at once, from {seeds} different starting weights (same data, same batches), and count the dead units of each network</source>
        <translation>Diese Konfiguration {seeds}-mal auf einmal trainieren, von {seeds} verschiedenen Startgewichten (gleiche Daten, gleiche Batches), und die toten Einheiten jedes Netzes zählen</translation>
    </message>
    <message>
        <source>Burst first ({burst})</source>
        <translation>Erst Stoß ({burst})</translation>
    </message>
    <message>
        <source>A too-high learning rate for a moment: this is what kills ReLUs</source>
        <translation>Eine kurzzeitig zu hohe Lernrate: das tötet ReLUs</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <source>Steps at the configuration&apos;s own learning rate</source>
        <translation>Schritte mit der eigenen Lernrate der Konfiguration</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <source>{activation} · hidden {hidden} · {dataset} · learning rate {rate} · batch {batch} · {init} init · {optimizer}</source>
        <translation>{activation} · verdeckt {hidden} · {dataset} · Lernrate {rate} · Batch {batch} · {init}-Init. · {optimizer}</translation>
    </message>
    <message>
        <source>Run before: {summary}</source>
        <translation>Vorheriger Lauf: {summary}</translation>
    </message>
    <message>
        <source>after {calm} steps at learning rate {rate}</source>
        <translation>nach {calm} Schritten mit Lernrate {rate}</translation>
    </message>
    <message>
        <source>after a burst of {burst} and {calm} calm steps at {rate}</source>
        <translation>nach einem Stoß von {burst} und {calm} ruhigen Schritten mit {rate}</translation>
    </message>
</context>
<context>
    <name>SeedsSummary</name>
    <message>
        <source>(the middle half all at {share})</source>
        <translation>(die mittlere Hälfte alle bei {share})</translation>
    </message>
    <message>
        <source>(the middle half between {low} and {high})</source>
        <translation>(die mittlere Hälfte zwischen {low} und {high})</translation>
    </message>
    <message>
        <source>Inactive but still learning (gradient leaks through, so they can revive)</source>
        <translation>Inaktiv, aber lernend (Gradient sickert durch, also können sie sich erholen)</translation>
    </message>
    <message>
        <source>Saturated (|f′| below {floor} on every input: mathematically alive, numerically silent)</source>
        <translation>Gesättigt (|f′| unter {floor} bei jeder Eingabe: mathematisch lebendig, numerisch stumm)</translation>
    </message>
    <message>
        <source>{title}: all {n} networks diverged, so there is nothing to count. Lower the learning rate and run again.</source>
        <translation>{title}: alle {n} Netze divergiert, es gibt also nichts zu zählen. Lernrate senken und erneut laufen lassen.</translation>
    </message>
    <message>
        <source>{title}: median {median} dead over {n} seeds {spread}, {steps}.</source>
        <translation>{title}: Median {median} tot über {n} Startwerte {spread}, {steps}.</translation>
    </message>
    <message>
        <source>{words}: median {median} {spread}.</source>
        <translation>{words}: Median {median} {spread}.</translation>
    </message>
    <message>
        <source>{n} diverged and is not counted.</source>
        <translation>{n} divergiert und wird nicht gezählt.</translation>
    </message>
    <message>
        <source>{n} diverged and are not counted.</source>
        <translation>{n} divergiert und werden nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>&amp;Lesson&apos;s stage</source>
        <translation>&amp;Bühne der Lektion</translation>
    </message>
    <message>
        <source>&amp;Explorer alone</source>
        <translation>Nur &amp;Explorer</translation>
    </message>
    <message>
        <source>&amp;Trainer alone</source>
        <translation>Nur &amp;Trainer</translation>
    </message>
    <message>
        <source>T&amp;ap alone</source>
        <translation>Nur &amp;Wasserhahn</translation>
    </message>
    <message>
        <source>Presentation mode: put the lesson&apos;s own stage (or the view with focus) on the stage</source>
        <translation>Präsentationsmodus: die eigene Bühne der Lektion (oder die Ansicht mit Fokus) auf die Bühne bringen</translation>
    </message>
    <message>
        <source>Presentation mode: put the explorer alone on the stage</source>
        <translation>Präsentationsmodus: nur den Explorer auf die Bühne bringen</translation>
    </message>
    <message>
        <source>Presentation mode: put the trainer alone on the stage</source>
        <translation>Präsentationsmodus: nur den Trainer auf die Bühne bringen</translation>
    </message>
    <message>
        <source>Presentation mode: put the tap alone on the stage</source>
        <translation>Präsentationsmodus: nur den Wasserhahn auf die Bühne bringen</translation>
    </message>
    <message>
        <source>{tip} (press F11 first)</source>
        <translation>{tip} (erst F11 drücken)</translation>
    </message>
</context>
<context>
    <name>StepAxis</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
</context>
<context>
    <name>TapDrawing</name>
    <message>
        <source>shut</source>
        <translation>zu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>supply →</source>
        <translation>Zufluss →</translation>
    </message>
</context>
<context>
    <name>TapLink</name>
    <message>
        <source>the first to die</source>
        <translation>das erste, das starb</translation>
    </message>
    <message>
        <source>the most inactive ({percent} % of inputs below zero)</source>
        <translation>das inaktivste ({percent} % der Eingaben unter null)</translation>
    </message>
    <message>
        <source>layer {layer}, neuron {unit}</source>
        <translation>Schicht {layer}, Neuron {unit}</translation>
    </message>
</context>
<context>
    <name>TapPanel</name>
    <message>
        <source>Valve z:</source>
        <translation>Ventil z:</translation>
    </message>
    <message>
        <source>Turn the valve: the neuron&apos;s input z, from −5 to 5</source>
        <translation>Das Ventil drehen: die Eingabe z des Neurons, von −5 bis 5</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Schwenken</translation>
    </message>
    <message>
        <source>Swing z slowly from −5 to 5 and back</source>
        <translation>z langsam von −5 bis 5 und zurück schwenken</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Stop following the neuron and set z by hand</source>
        <translation>Dem Neuron nicht mehr folgen und z von Hand einstellen</translation>
    </message>
    <message>
        <source>Manual: you turn the valve. Click a neuron in the network to link the taps to it: they then show its z over the training inputs.</source>
        <translation>Manuell: du drehst das Ventil. Ein Neuron im Netz anklicken, um die Hähne damit zu verknüpfen: sie zeigen dann sein z über die Trainingseingaben.</translation>
    </message>
    <message>
        <source>Mode: Following</source>
        <translation>Modus: Folgen</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>Modus: {mode}</translation>
    </message>
</context>
<context>
    <name>TapText</name>
    <message>
        <source>Dead: the network finds it shut for every training input, so no gradient reaches its weights.</source>
        <translation>Tot: das Netz findet es bei jeder Trainingseingabe zu, also erreicht kein Gradient seine Gewichte.</translation>
    </message>
    <message>
        <source>Clogged: shut for this input, no gradient from it. Dead only if shut for every training input.</source>
        <translation>Verstopft: zu für diese Eingabe, kein Gradient von ihr. Tot nur, wenn zu für jede Trainingseingabe.</translation>
    </message>
    <message>
        <source>Valve shut for this input: no water, no gradient from it. The pipe is clogging.</source>
        <translation>Ventil zu für diese Eingabe: kein Wasser, kein Gradient von ihr. Das Rohr verstopft.</translation>
    </message>
    <message>
        <source>Shut, but the gradient through the hole is {slope} wherever z &lt; 0, so the neuron can recover.</source>
        <translation>Zu, aber der Gradient durch das Loch ist {slope}, wo immer z &lt; 0, also kann sich das Neuron erholen.</translation>
    </message>
    <message>
        <source>Water flows: the gradient passes at full strength, so the weights keep learning.</source>
        <translation>Wasser fließt: der Gradient geht mit voller Stärke durch, also lernen die Gewichte weiter.</translation>
    </message>
    <message>
        <source>DEAD</source>
        <translation>TOT</translation>
    </message>
    <message>
        <source>CLOGGED</source>
        <translation>VERSTOPFT</translation>
    </message>
    <message>
        <source>clog {percent} %</source>
        <translation>zu {percent} %</translation>
    </message>
</context>
<context>
    <name>TapWidget</name>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Following {neuron}</source>
        <translation>Folgt {neuron}</translation>
    </message>
    <message>
        <source>Following a neuron</source>
        <translation>Folgt einem Neuron</translation>
    </message>
    <message>
        <source>Linked to {neuron}</source>
        <translation>Verknüpft mit {neuron}</translation>
    </message>
    <message>
        <source>Linked to a neuron</source>
        <translation>Verknüpft mit einem Neuron</translation>
    </message>
    <message>
        <source>{mode}: {reason}</source>
        <translation>{mode}: {reason}</translation>
    </message>
    <message>
        <source>← leak</source>
        <translation>← Leck</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>This network is too large to keep its past steps: one state of it passes the timeline&apos;s memory budget</source>
        <translation>Dieses Netz ist zu groß, um seine früheren Schritte zu behalten: ein Zustand davon übersteigt das Speicherbudget der Zeitleiste</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Step {shown} of {head}</source>
        <translation>Schritt {shown} von {head}</translation>
    </message>
    <message>
        <source>Training on from step {step}; the {later} later step is set aside: Undo (Ctrl+Z) brings it back</source>
        <translation>Weitertraining ab Schritt {step}; der {later} spätere Schritt ist beiseitegelegt: Rückgängig (Strg+Z) holt ihn zurück</translation>
    </message>
    <message>
        <source>Training on from step {step}; the {later} later steps are set aside: Undo (Ctrl+Z) brings them back</source>
        <translation>Weitertraining ab Schritt {step}; die {later} späteren Schritte sind beiseitegelegt: Rückgängig (Strg+Z) holt sie zurück</translation>
    </message>
    <message>
        <source>Drag back through the run: the network as it was at that step (training pauses). Red ticks: bursts, edits, new data. Play from an earlier step trains on from it</source>
        <translation>Nach links ziehen, um im Lauf zurückzugehen: das Netz, wie es bei diesem Schritt war (das Training pausiert). Rote Striche: Stöße, Änderungen, neue Daten. Start bei einem früheren Schritt trainiert von dort weiter</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Branch into Compare</source>
        <translation>In Vergleich abzweigen</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <translation>&amp;Früher</translation>
    </message>
    <message>
        <source>Show the run one kept state earlier</source>
        <translation>Den Lauf einen gespeicherten Zustand früher zeigen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Sp&amp;äter</translation>
    </message>
    <message>
        <source>Show the run one kept state later</source>
        <translation>Den Lauf einen gespeicherten Zustand später zeigen</translation>
    </message>
    <message>
        <source>Back to &amp;now</source>
        <translation>Zurück zu &amp;jetzt</translation>
    </message>
    <message>
        <source>Show the end of the run again</source>
        <translation>Wieder das Ende des Laufs zeigen</translation>
    </message>
    <message>
        <source>&amp;Branch into Compare</source>
        <translation>In &amp;Vergleich abzweigen</translation>
    </message>
    <message>
        <source>Train on from the step shown in the Compare tab: this activation against another (ReLU against Leaky ReLU at α 0.1; any other against ReLU), the very same network</source>
        <translation>Vom gezeigten Schritt aus im Tab Vergleich weitertrainieren: diese Aktivierung gegen eine andere (ReLU gegen Leaky ReLU mit α 0.1; jede andere gegen ReLU), genau dasselbe Netz</translation>
    </message>
    <message>
        <source>Step {shown} of {head}: Play trains on from here, Now (End) shows the end again</source>
        <translation>Schritt {shown} von {head}: Start trainiert von hier weiter, Jetzt (Ende) zeigt wieder das Ende</translation>
    </message>
    <message>
        <source>Now: step {step}, the end of the run</source>
        <translation>Jetzt: Schritt {step}, das Ende des Laufs</translation>
    </message>
    <message>
        <source>Edited at an earlier step: the run goes on from here (the later steps are gone)</source>
        <translation>Bei einem früheren Schritt geändert: der Lauf geht von hier weiter (die späteren Schritte sind weg)</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>new data</source>
        <translation>neue Daten</translation>
    </message>
    <message>
        <source>burst: {steps} steps at rate {lr}</source>
        <translation>Stoß: {steps} Schritte mit Rate {lr}</translation>
    </message>
    <message>
        <source>edited unit {unit} of layer {layer}</source>
        <translation>Einheit {unit} von Schicht {layer} geändert</translation>
    </message>
    <message>
        <source>killed unit {unit} of layer {layer}</source>
        <translation>Einheit {unit} von Schicht {layer} getötet</translation>
    </message>
    <message>
        <source>revived unit {unit} of layer {layer}</source>
        <translation>Einheit {unit} von Schicht {layer} belebt</translation>
    </message>
    <message>
        <source>undid: {edit}</source>
        <translation>rückgängig: {edit}</translation>
    </message>
    <message>
        <source>new data keeps the network; {fields} would change it</source>
        <translation>neue Daten behalten das Netz; {fields} würde es ändern</translation>
    </message>
    <message>
        <source>new data must stay {task}, got {new} data</source>
        <translation>neue Daten müssen {task} bleiben, erhalten: {new}-Daten</translation>
    </message>
</context>
<context>
    <name>TrainerButtons</name>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>Training starten oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Train one step (one batch)</source>
        <translation>Einen Schritt trainieren (ein Batch)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Build the network again from the settings: new start</source>
        <translation>Das Netz neu aus den Einstellungen bauen: Neustart</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Stoß</translation>
    </message>
    <message>
        <source>{burst}, then back</source>
        <translation>{burst}, dann zurück</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Start / Pause</translation>
    </message>
    <message>
        <source>New &amp;data, same weights</source>
        <translation>Neue &amp;Daten, gleiche Gewichte</translation>
    </message>
    <message>
        <source>New data from the next data seed; the network trains on with the weights it has</source>
        <translation>Neue Daten aus dem nächsten Daten-Startwert; das Netz trainiert mit seinen Gewichten weiter</translation>
    </message>
    <message>
        <source>New &amp;weights, same data</source>
        <translation>Neue &amp;Gewichte, gleiche Daten</translation>
    </message>
    <message>
        <source>A new network from the next seed, trained on the very same data</source>
        <translation>Ein neues Netz aus dem nächsten Startwert, trainiert auf genau denselben Daten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>TrainerControls</name>
    <message>
        <source>Circle: one class inside a ring of the other (classification)</source>
        <translation>Kreis: eine Klasse innerhalb eines Rings der anderen (Klassifikation)</translation>
    </message>
    <message>
        <source>XOR: opposite quadrants share a class (classification)</source>
        <translation>XOR: gegenüberliegende Quadranten teilen eine Klasse (Klassifikation)</translation>
    </message>
    <message>
        <source>Gauss: two clouds of points (classification)</source>
        <translation>Gauß: zwei Punktwolken (Klassifikation)</translation>
    </message>
    <message>
        <source>Spiral: two interleaved arms, the hardest (classification)</source>
        <translation>Spirale: zwei verschlungene Arme, die schwerste (Klassifikation)</translation>
    </message>
    <message>
        <source>Plane: the target rises evenly across the plane (regression)</source>
        <translation>Ebene: der Zielwert steigt gleichmäßig über die Ebene (Regression)</translation>
    </message>
    <message>
        <source>Multi-gauss: six bumps up and down (regression)</source>
        <translation>Multi-Gauß: sechs Buckel auf und ab (Regression)</translation>
    </message>
    <message>
        <source>He: weights ~ N(0, 2 / fan_in), biases 0; made for ReLU</source>
        <translation>He: Gewichte ~ N(0, 2 / fan_in), Bias 0; gemacht für ReLU</translation>
    </message>
    <message>
        <source>Xavier (Glorot): weights ~ N(0, 2 / (fan_in + fan_out)); made for tanh</source>
        <translation>Xavier (Glorot): Gewichte ~ N(0, 2 / (fan_in + fan_out)); gemacht für tanh</translation>
    </message>
    <message>
        <source>TF Playground: weights ~ U(−0.5, 0.5), biases 0.1</source>
        <translation>TF Playground: Gewichte ~ U(−0.5, 0.5), Bias 0.1</translation>
    </message>
    <message>
        <source>He weights, hidden biases −1: many ReLUs start below zero (a bad start)</source>
        <translation>He-Gewichte, Bias der verdeckten Schichten −1: viele ReLUs starten unter null (ein schlechter Start)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No penalty: the weights follow the data alone</source>
        <translation>Kein Strafterm: die Gewichte folgen allein den Daten</translation>
    </message>
    <message>
        <source>L1: adds rate × |w| to the loss; pushes weights to 0 (the small ones stay at 0, within a step: a sparse network)</source>
        <translation>L1: addiert Rate × |w| zum Verlust; drückt Gewichte auf 0 (die kleinen bleiben bis auf einen Schritt bei 0: ein dünn besetztes Netz)</translation>
    </message>
    <message>
        <source>L2: adds rate × w² / 2 to the loss; shrinks every weight in proportion to its size</source>
        <translation>L2: addiert Rate × w² / 2 zum Verlust; schrumpft jedes Gewicht proportional zu seiner Größe</translation>
    </message>
    <message>
        <source>Plain stochastic gradient descent</source>
        <translation>Einfacher stochastischer Gradientenabstieg</translation>
    </message>
    <message>
        <source>SGD with momentum 0.9: steps build up speed</source>
        <translation>SGD mit Momentum 0.9: die Schritte nehmen Fahrt auf</translation>
    </message>
    <message>
        <source>Adam: a step size adapted per weight</source>
        <translation>Adam: eine an jedes Gewicht angepasste Schrittweite</translation>
    </message>
    <message>
        <source>{value} is below the usual {usual}: it runs as shown</source>
        <translation>{value} liegt unter dem üblichen {usual}: es läuft wie gezeigt</translation>
    </message>
    <message>
        <source> (all)</source>
        <translation> (alle)</translation>
    </message>
    <message>
        <source>Hidden layers and their units: 0 to {layers} layers of 1 to {width} units</source>
        <translation>Verdeckte Schichten und ihre Einheiten: 0 bis {layers} Schichten mit 1 bis {width} Einheiten</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Letzte verdeckte Schicht entfernen</translation>
    </message>
    <message>
        <source>Add a hidden layer (a copy of the last one)</source>
        <translation>Verdeckte Schicht hinzufügen (eine Kopie der letzten)</translation>
    </message>
    <message>
        <source>Units in hidden layer {layer} (1 to {width})</source>
        <translation>Einheiten in verdeckter Schicht {layer} (1 bis {width})</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>keine verdeckte Schicht</translation>
    </message>
    <message>
        <source>The data the network learns; points lie in [−6, 6]²</source>
        <translation>Die Daten, die das Netz lernt; Punkte liegen in [−6, 6]²</translation>
    </message>
    <message>
        <source>Noise in the data, 0 to 50 % (as in TF Playground)</source>
        <translation>Rauschen in den Daten, 0 bis 50 % (wie in TF Playground)</translation>
    </message>
    <message>
        <source>Share of the points used for training; the rest test it</source>
        <translation>Anteil der Punkte zum Training; der Rest dient zum Test</translation>
    </message>
    <message>
        <source>Activation of every hidden unit</source>
        <translation>Aktivierung jeder verdeckten Einheit</translation>
    </message>
    <message>
        <source>Slope below zero: leaky_relu (0.01 usual), starting slope of prelu (0.25), elu&apos;s alpha (1.0)</source>
        <translation>Steigung unter null: leaky_relu (üblich 0.01), Startsteigung von prelu (0.25), Alpha von elu (1.0)</translation>
    </message>
    <message>
        <source>Learning rate, 0.00001 to 10; changing it keeps the network (try a burst and back)</source>
        <translation>Lernrate, 0.00001 bis 10; eine Änderung behält das Netz (probiere einen Stoß und zurück)</translation>
    </message>
    <message>
        <source>Quick picks: TF Playground&apos;s learning rates</source>
        <translation>Schnellwahl: die Lernraten von TF Playground</translation>
    </message>
    <message>
        <source>Points per training step, at most the training points: all of them reads “(all)”, and a larger batch (from a file, or when the train share shrinks) runs as all of them</source>
        <translation>Punkte pro Trainingsschritt, höchstens die Trainingspunkte: alle heißt „(alle)“, und ein größerer Batch (aus einer Datei oder wenn der Trainingsanteil schrumpft) läuft als alle</translation>
    </message>
    <message>
        <source>How the weights start</source>
        <translation>Wie die Gewichte starten</translation>
    </message>
    <message>
        <source>How each step moves the weights</source>
        <translation>Wie jeder Schritt die Gewichte bewegt</translation>
    </message>
    <message>
        <source>A penalty on large weights, added to the loss</source>
        <translation>Ein Strafterm auf große Gewichte, zum Verlust addiert</translation>
    </message>
    <message>
        <source>Regularisation rate, 0 to {top}: how strongly the penalty pulls the weights to 0; the arrows step through TF Playground&apos;s rates (off while the penalty is none)</source>
        <translation>Regularisierungsfaktor, 0 bis {top}: wie stark der Strafterm die Gewichte zu 0 zieht; die Pfeile gehen die Werte von TF Playground durch (aus, solange der Strafterm keiner ist)</translation>
    </message>
    <message>
        <source>Random seed of the data, the first weights and the batches</source>
        <translation>Zufallsstartwert der Daten, der ersten Gewichte und der Batches</translation>
    </message>
    <message>
        <source>Training speed, steps per second: slow it down to watch each step (at 10 steps/s a burst takes 10 s and units die one by one). Keys: − slower, + faster</source>
        <translation>Trainingstempo, Schritte pro Sekunde: langsamer stellen, um jeden Schritt zu sehen (bei 10 Schritten/s dauert ein Stoß 10 s, und Einheiten sterben eine nach der anderen). Tasten: − langsamer, + schneller</translation>
    </message>
    <message>
        <source>learning rate {rate} is below the usual {usual} and runs as saved</source>
        <translation>Lernrate {rate} liegt unter dem üblichen {usual} und läuft wie gespeichert</translation>
    </message>
    <message>
        <source>alpha {alpha} is below the usual {usual} and runs as saved</source>
        <translation>Alpha {alpha} liegt unter dem üblichen {usual} und läuft wie gespeichert</translation>
    </message>
    <message>
        <source>{name} rate {rate} is unusually large (above {large}): the penalty can outweigh the data and pull every weight to about 0 (the network then learns nothing); it runs as saved</source>
        <translation>{name}-Rate {rate} ist ungewöhnlich groß (über {large}): der Strafterm kann die Daten überwiegen und jedes Gewicht auf etwa 0 ziehen (das Netz lernt dann nichts); sie läuft wie gespeichert</translation>
    </message>
</context>
<context>
    <name>TrainerLabels</name>
    <message>
        <source>Dead hidden units: f′(z) = 0 on every training input, so no gradient reaches them (a step unit is dead in this sense even while it fires: its f′ is 0 everywhere)</source>
        <translation>Tote verdeckte Einheiten: f′(z) = 0 bei jeder Trainingseingabe, also erreicht sie kein Gradient (eine Stufen-Einheit ist in diesem Sinn tot, selbst wenn sie feuert: ihr f′ ist überall 0)</translation>
    </message>
    <message>
        <source>Inactive but alive: z &lt; 0 on every input, yet gradient flows at slope alpha, so they can revive</source>
        <translation>Inaktiv, aber lebendig: z &lt; 0 bei jeder Eingabe, doch der Gradient fließt mit Steigung Alpha, also können sie sich erholen</translation>
    </message>
    <message>
        <source>Saturated: a smooth activation whose |f′(z)| is below {floor} on every input. Mathematically alive, numerically silent: not dead (its gradient is not exactly 0), but too small to move its weights</source>
        <translation>Gesättigt: eine glatte Aktivierung, deren |f′(z)| bei jeder Eingabe unter {floor} liegt. Mathematisch lebendig, numerisch stumm: nicht tot (ihr Gradient ist nicht genau 0), aber zu klein, um die Gewichte zu bewegen</translation>
    </message>
    <message>
        <source>Loss and accuracy on the training and the test points</source>
        <translation>Verlust und Genauigkeit auf den Trainings- und den Testpunkten</translation>
    </message>
    <message>
        <source>What went wrong with training and what to do next</source>
        <translation>Was beim Training schiefging und was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <source>Why the last setting was not applied</source>
        <translation>Warum die letzte Einstellung nicht übernommen wurde</translation>
    </message>
</context>
<context>
    <name>TrainerStatus</name>
    <message>
        <source>Dead {dead} / {total} ({share})</source>
        <translation>Tot {dead} / {total} ({share})</translation>
    </message>
    <message>
        <source>a million-fold</source>
        <translation>millionenfach</translation>
    </message>
    <message>
        <source>{factor}-fold</source>
        <translation>{factor}-fach</translation>
    </message>
    <message>
        <source>The loss has grown {fold} since the start: training is running away and will soon overflow. Lower the learning rate, or press Reset.</source>
        <translation>Der Verlust ist seit dem Start {fold} gewachsen: das Training läuft davon und wird bald überlaufen. Lernrate senken oder Zurücksetzen drücken.</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Volles Tempo</translation>
    </message>
    <message>
        <source>{speed} step/s</source>
        <translation>{speed} Schritt/s</translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation>{speed} Schritte/s</translation>
    </message>
    <message>
        <source>{steps} steps at learning rate {rate}</source>
        <translation>{steps} Schritte mit Lernrate {rate}</translation>
    </message>
    <message>
        <source>Burst: {taken} / {total} steps at rate {rate}</source>
        <translation>Stoß: {taken} / {total} Schritte mit Rate {rate}</translation>
    </message>
    <message>
        <source>Burst: {total} steps at learning rate {rate}; back to {back}</source>
        <translation>Stoß: {total} Schritte mit Lernrate {rate}; zurück auf {back}</translation>
    </message>
    <message>
        <source>Burst stopped after {taken} / {total} steps; back to rate {back}</source>
        <translation>Stoß nach {taken} / {total} Schritten gestoppt; zurück auf Rate {back}</translation>
    </message>
    <message>
        <source>{title} (α {alpha})</source>
        <translation>{title} (α {alpha})</translation>
    </message>
    <message>
        <source>Dead 0 / 0 (no hidden layer)</source>
        <translation>Tot 0 / 0 (keine verdeckte Schicht)</translation>
    </message>
    <message>
        <source>· {n} inactive but alive</source>
        <translation>· {n} inaktiv, nicht tot</translation>
    </message>
    <message>
        <source>inactive, can revive</source>
        <translation>inaktiv, kann sich erholen</translation>
    </message>
    <message>
        <source>saturated (|f′| &lt; {floor})</source>
        <translation>gesättigt (|f′| &lt; {floor})</translation>
    </message>
    <message>
        <source>· {n} saturated (|f′| &lt; {floor} on every input)</source>
        <translation>· {n} gesättigt (|f′| &lt; {floor} bei jeder Eingabe)</translation>
    </message>
    <message>
        <source>Dead {missing} / {total} · diverged at step {step}, not counted</source>
        <translation>Tot {missing} / {total} · divergiert bei Schritt {step}, nicht gezählt</translation>
    </message>
    <message>
        <source>{title}: {n} inactive but still learning</source>
        <translation>{title}: {n} inaktiv, aber lernend</translation>
    </message>
    <message>
        <source>{title}: {n} saturated (|f′| &lt; {floor}), none can die</source>
        <translation>{title}: {n} gesättigt (|f′| &lt; {floor}), keins kann sterben</translation>
    </message>
    <message>
        <source>{title}: no unit can die or sleep</source>
        <translation>{title}: keine Einheit kann sterben oder ruhen</translation>
    </message>
    <message>
        <source>{title}: {n} dead (no gradient reaches them)</source>
        <translation>{title}: {n} tot (kein Gradient erreicht sie)</translation>
    </message>
    <message>
        <source>{title} diverged</source>
        <translation>{title} divergiert</translation>
    </message>
    <message>
        <source>After the burst (back at rate {rate}): {results}.</source>
        <translation>Nach dem Stoß (zurück auf Rate {rate}): {results}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>{title} stopped at step {step}</source>
        <translation>{title} gestoppt bei Schritt {step}</translation>
    </message>
    <message>
        <source>No burst: {which} (training diverged), and moving only the other network would leave the two at different steps. Press Reset, or lower the learning rate.</source>
        <translation>Kein Stoß: {which} (Training divergiert), und nur das andere Netz zu bewegen, ließe die beiden bei verschiedenen Schritten. Zurücksetzen drücken oder die Lernrate senken.</translation>
    </message>
    <message>
        <source>No step: {which} (training diverged), and moving only the other network would leave the two at different steps. Press Reset, or lower the learning rate.</source>
        <translation>Kein Schritt: {which} (Training divergiert), und nur das andere Netz zu bewegen, ließe die beiden bei verschiedenen Schritten. Zurücksetzen drücken oder die Lernrate senken.</translation>
    </message>
    <message>
        <source>Step {step}</source>
        <translation>Schritt {step}</translation>
    </message>
    <message>
        <source>{title}: step {step} (stopped)</source>
        <translation>{title}: Schritt {step} (gestoppt)</translation>
    </message>
    <message>
        <source>{title}: step {step}</source>
        <translation>{title}: Schritt {step}</translation>
    </message>
    <message>
        <source>{title} diverged at step {step}</source>
        <translation>{title} divergiert bei Schritt {step}</translation>
    </message>
    <message>
        <source>{which}: a number overflowed, so training stopped and the last finite state is shown. Press Reset, or lower the learning rate.</source>
        <translation>{which}: eine Zahl ist übergelaufen, also wurde das Training gestoppt und der letzte endliche Zustand wird gezeigt. Zurücksetzen drücken oder die Lernrate senken.</translation>
    </message>
    <message>
        <source>loss: train {train}, test {test}</source>
        <translation>Verlust: Train {train}, Test {test}</translation>
    </message>
    <message>
        <source>accuracy: train {train}, test {test}</source>
        <translation>Genauigkeit: Train {train}, Test {test}</translation>
    </message>
    <message>
        <source>The burst did nothing: training had already stopped at step {step} (a number overflowed before the burst), so no step was taken. Lower the learning rate, then press Reset.</source>
        <translation>Der Stoß hat nichts bewirkt: das Training war schon bei Schritt {step} gestoppt (eine Zahl lief vor dem Stoß über), also wurde kein Schritt gemacht. Lernrate senken, dann Zurücksetzen drücken.</translation>
    </message>
    <message>
        <source>Training stopped: the loss grew without limit, because the steps were too big (the burst at learning rate {rate} is too large for this network). The picture shows the last good state. Lower the learning rate, then press Reset.</source>
        <translation>Training gestoppt: der Verlust wuchs ohne Grenze, weil die Schritte zu groß waren (der Stoß mit Lernrate {rate} ist zu groß für dieses Netz). Das Bild zeigt den letzten guten Zustand. Lernrate senken, dann Zurücksetzen drücken.</translation>
    </message>
    <message>
        <source>Training stopped: the loss grew without limit, because the steps were too big (the learning rate {rate} is too large for this network). The picture shows the last good state. Lower the learning rate, then press Reset.</source>
        <translation>Training gestoppt: der Verlust wuchs ohne Grenze, weil die Schritte zu groß waren (die Lernrate {rate} ist zu groß für dieses Netz). Das Bild zeigt den letzten guten Zustand. Lernrate senken, dann Zurücksetzen drücken.</translation>
    </message>
    <message>
        <source>Training: step {step} · {rate} steps/s</source>
        <translation>Training: Schritt {step} · {rate} Schritte/s</translation>
    </message>
</context>
<context>
    <name>TrainerTabs</name>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Train one network and watch its neurons</source>
        <translation>Ein Netz trainieren und seine Neuronen beobachten</translation>
    </message>
    <message>
        <source>Compare ReLU vs Leaky</source>
        <translation>Vergleich ReLU/Leaky</translation>
    </message>
    <message>
        <source>Two networks: same start, data and batches; one activation each</source>
        <translation>Zwei Netze: gleicher Start, gleiche Daten und Batches; je eine Aktivierung</translation>
    </message>
    <message>
        <source>32 seeds</source>
        <translation>32 Startwerte</translation>
    </message>
    <message>
        <source>Train 32 seeds at once and see how often the neurons die</source>
        <translation>Mit 32 Startwerten auf einmal trainieren und sehen, wie oft die Neuronen sterben</translation>
    </message>
    <message>
        <source>A network that has stopped cannot be branched: drag back to before it diverged</source>
        <translation>Ein gestopptes Netz kann nicht abgezweigt werden: bis vor die Divergenz zurückziehen</translation>
    </message>
    <message>
        <source>Branched at step {step} into Compare: {left} against {right}</source>
        <translation>Bei Schritt {step} in Vergleich abgezweigt: {left} gegen {right}</translation>
    </message>
</context>
<context>
    <name>UndoLink</name>
    <message>
        <source>Edit undone: the unit&apos;s numbers are back</source>
        <translation>Änderung rückgängig: die Zahlen der Einheit sind zurück</translation>
    </message>
    <message>
        <source>Back at step {step}: the later steps are back, and what was trained from the earlier step is gone</source>
        <translation>Zurück bei Schritt {step}: die späteren Schritte sind zurück, und was vom früheren Schritt aus trainiert wurde, ist weg</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the latest thing done by hand: an edited unit, or training on from an earlier step (the later steps come back)</source>
        <translation>Das Letzte rückgängig machen, was von Hand getan wurde: eine geänderte Einheit oder Weitertraining ab einem früheren Schritt (die späteren Schritte kommen zurück)</translation>
    </message>
</context>
<context>
    <name>UnitFields</name>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type the bias as e.g. -0.5</source>
        <translation>'{text}' ist keine Zahl: den Bias z. B. als -0.5 eingeben</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type a weight as e.g. -0.5</source>
        <translation>'{text}' ist keine Zahl: ein Gewicht z. B. als -0.5 eingeben</translation>
    </message>
</context>
<context>
    <name>ZHistogram</name>
    <message>
        <source>z of this neuron over the training inputs</source>
        <translation>z dieses Neurons über die Trainingseingaben</translation>
    </message>
    <message>
        <source>z over the inputs</source>
        <translation>z über die Eingaben</translation>
    </message>
    <message>
        <source>every z below 0: f&apos;(z) = 0, no gradient reaches its weights</source>
        <translation>jedes z unter 0: f'(z) = 0, kein Gradient erreicht seine Gewichte</translation>
    </message>
    <message>
        <source>every z below 0, but the gradient still flows at slope alpha = {slope}</source>
        <translation>jedes z unter 0, aber der Gradient fließt noch mit Steigung Alpha = {slope}</translation>
    </message>
    <message>
        <source>|f&apos;(z)| below {floor} on every input: alive, but numerically silent</source>
        <translation>|f'(z)| unter {floor} bei jeder Eingabe: lebendig, aber numerisch stumm</translation>
    </message>
    <message>
        <source>z is not a finite number: the network has diverged</source>
        <translation>z ist keine endliche Zahl: das Netz ist divergiert</translation>
    </message>
    <message>
        <source>alive: z above 0 on {share} of the training inputs</source>
        <translation>lebendig: z über 0 bei {share} der Trainingseingaben</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>How many training inputs give this neuron each value of z. Left of the line z &lt;= 0: grey where f&apos;(z) = 0 (no gradient), light blue where a leak still passes it; right of the line the neuron fires</source>
        <translation>Wie viele Trainingseingaben diesem Neuron jeden Wert von z geben. Links der Linie z &lt;= 0: grau, wo f'(z) = 0 (kein Gradient), hellblau, wo ein Leck ihn noch durchlässt; rechts der Linie feuert das Neuron</translation>
    </message>
</context>
<context>
    <name>ZQuantilePlot</name>
    <message>
        <source>z per layer: median, 25-75 % band, 5-95 % dashed</source>
        <translation>z pro Schicht: Median, 25-75-%-Band, 5-95 % gestrichelt</translation>
    </message>
    <message>
        <source>z per layer (quantiles)</source>
        <translation>z pro Schicht (Quantile)</translation>
    </message>
    <message>
        <source>How each hidden layer&apos;s z is spread over the training inputs: the median (thick), the middle half (band) and the middle 90 % (dashed), over the steps. Below the line at 0, ReLU passes no gradient. Marks on the step axis: edits by hand</source>
        <translation>Wie sich das z jeder verdeckten Schicht über die Trainingseingaben verteilt: der Median (dick), die mittlere Hälfte (Band) und die mittleren 90 % (gestrichelt), über die Schritte. Unter der Linie bei 0 gibt ReLU keinen Gradienten weiter. Marken auf der Schrittachse: Änderungen von Hand</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>Schicht {n}</translation>
    </message>
</context>
</TS>
