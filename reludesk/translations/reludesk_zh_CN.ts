<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accessibility</name>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>删除最后一个隐藏层</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>添加一个隐藏层</translation>
    </message>
    <message>
        <source>Learning rate quick picks</source>
        <translation>学习率快捷选项</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>训练速度</translation>
    </message>
    <message>
        <source>Water tap</source>
        <translation>水龙头</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>观察要点</translation>
    </message>
    <message>
        <source>Explorer tabs</source>
        <translation>探索器标签页</translation>
    </message>
    <message>
        <source>Trainer tabs</source>
        <translation>训练器标签页</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>网络设置</translation>
    </message>
    <message>
        <source>Activations shown</source>
        <translation>显示的激活函数</translation>
    </message>
    <message>
        <source>Properties of the activations</source>
        <translation>激活函数的性质</translation>
    </message>
    <message>
        <source>Timeline: the step shown</source>
        <translation>时间轴：显示的步</translation>
    </message>
    <message>
        <source>Select the whole table</source>
        <translation>选中整张表格</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <source>f(z) and f′(z) of every activation side by side, and their properties</source>
        <translation>每个激活函数的 f(z) 与 f′(z) 并排显示，以及它们的性质</translation>
    </message>
    <message>
        <source>A small network training live on 2-D points; dead neurons greyed as they die</source>
        <translation>一个在二维点上实时训练的小网络；神经元死亡时变灰</translation>
    </message>
    <message>
        <source>The water-tap picture of a neuron: a ReLU pipe clogs below zero, a leaky one drips</source>
        <translation>神经元的水龙头比喻：ReLU 管道在零以下堵塞，Leaky ReLU 的管道会滴水</translation>
    </message>
    <message>
        <source>The guided lesson: its text, what to watch and its steps</source>
        <translation>引导课程：课文、观察要点及其步骤</translation>
    </message>
    <message>
        <source>One neuron looked at closely: its z over the inputs, its weights</source>
        <translation>仔细查看一个神经元：它在各输入上的 z 以及它的权重</translation>
    </message>
    <message>
        <source>The settings of the network and its data; Tab walks them top to bottom</source>
        <translation>网络及其数据的设置；按 Tab 从上到下依次浏览</translation>
    </message>
    <message>
        <source>Type a value, or change it with the Up and Down arrow keys</source>
        <translation>输入一个值，或用上下方向键调整</translation>
    </message>
    <message>
        <source>Choose with the Up and Down arrow keys; Alt+Down opens the list</source>
        <translation>用上下方向键选择；Alt+下方向键打开列表</translation>
    </message>
    <message>
        <source>Move it with the arrow keys, Page Up and Page Down</source>
        <translation>用方向键、Page Up 和 Page Down 移动</translation>
    </message>
    <message>
        <source>The Left and Right arrow keys choose a tab</source>
        <translation>左右方向键选择标签页</translation>
    </message>
    <message>
        <source>Move through it with the arrow keys</source>
        <translation>用方向键在其中移动</translation>
    </message>
    <message>
        <source>A plot; the mouse reads values, the wheel zooms</source>
        <translation>一张图；鼠标读取数值，滚轮缩放</translation>
    </message>
    <message>
        <source>Scroll it with the arrow keys and Page Up / Page Down</source>
        <translation>用方向键和 Page Up / Page Down 滚动</translation>
    </message>
    <message>
        <source>Plot: {title} over {axis}</source>
        <translation>图：{title}（横轴 {axis}）</translation>
    </message>
    <message>
        <source>Plot: {title}</source>
        <translation>图：{title}</translation>
    </message>
    <message>
        <source>{panel} panel</source>
        <translation>{panel}面板</translation>
    </message>
    <message>
        <source>Pages: {pages}. Ctrl+Tab turns to the next</source>
        <translation>页面：{pages}。Ctrl+Tab 翻到下一页</translation>
    </message>
    <message>
        <source>The {panel} panel</source>
        <translation>{panel}面板</translation>
    </message>
    <message>
        <source>Space switches it on or off</source>
        <translation>按空格键切换开关</translation>
    </message>
    <message>
        <source>Space presses it</source>
        <translation>按空格键按下它</translation>
    </message>
    <message>
        <source>The {page} page of the {panel} panel</source>
        <translation>{panel}面板的{page}页</translation>
    </message>
    <message>
        <source>The {page} page</source>
        <translation>{page}页</translation>
    </message>
    <message>
        <source>Part of the {panel} panel</source>
        <translation>{panel}面板的一部分</translation>
    </message>
    <message>
        <source>Part of the window</source>
        <translation>窗口的一部分</translation>
    </message>
</context>
<context>
    <name>ActivationList</name>
    <message>
        <source>Tick the activations to compare; each has its own colour and line.</source>
        <translation>勾选要比较的激活函数；每个都有自己的颜色和线型。</translation>
    </message>
</context>
<context>
    <name>Activations</name>
    <message>
        <source>{name}: {param} must be a number, got {value}</source>
        <translation>{name}：{param} 必须是数字，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name}: {param} must be in {bracket}{low}, {high}], got {value}</source>
        <translation>{name}：{param} 必须在 {bracket}{low}, {high}] 内，收到的是 {value}</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>阶跃函数</translation>
    </message>
    <message>
        <source>Linear (identity)</source>
        <translation>线性（恒等）</translation>
    </message>
    <message>
        <source>PReLU (learned slope)</source>
        <translation>PReLU（可学习斜率）</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU（swish）</translation>
    </message>
    <message>
        <source>unknown activation {name}; choose one of: {names}</source>
        <translation>未知的激活函数 {name}；请从以下选择：{names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{name}: unknown parameter {unknown}; allowed: {allowed}</source>
        <translation>{name}：未知参数 {unknown}；允许的参数：{allowed}</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <source>Network output</source>
        <translation>网络输出</translation>
    </message>
    <message>
        <source>The network&apos;s output for every point of the plane: blue for class 1 (or a positive target), orange for class 0 (negative), white where it is undecided. Filled dots: training points; rings: test points</source>
        <translation>网络对平面上每一点的输出：蓝色表示类别 1（或正的目标值），橙色表示类别 0（负），白色表示难以判定。实心点：训练点；圆环：测试点</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Guided lesson</source>
        <translation>引导课程</translation>
    </message>
    <message>
        <source>{title}. Press B for a burst.</source>
        <translation>{title}。按 B 进行冲击。</translation>
    </message>
    <message>
        <source>{title}. Press Space to train.</source>
        <translation>{title}。按空格键开始训练。</translation>
    </message>
    <message>
        <source>The first lesson</source>
        <translation>第一课</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>上一课(&amp;P)</translation>
    </message>
    <message>
        <source>Go back one lesson</source>
        <translation>返回上一课</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>下一课(&amp;N)</translation>
    </message>
    <message>
        <source>Go on to the next lesson</source>
        <translation>继续下一课</translation>
    </message>
    <message>
        <source>Lesson &amp;panel</source>
        <translation>课程面板(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the lesson text</source>
        <translation>显示或隐藏课文</translation>
    </message>
    <message>
        <source>Fold / unfold the lesson &amp;text</source>
        <translation>折叠 / 展开课文(&amp;T)</translation>
    </message>
    <message>
        <source>On a small screen or the stage: show the lesson&apos;s whole text, or only its title and what to watch</source>
        <translation>在小屏幕或舞台上：显示课程的全文，或只显示标题和观察要点</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--hidden takes 1 to {layers} layer widths from 1 to {width} separated by commas (e.g. 8,8), or none for no hidden layer</source>
        <translation>--hidden 接受 1 到 {layers} 个层宽，每个为 1 到 {width}，用逗号分隔（例如 8,8），或 none 表示没有隐藏层</translation>
    </message>
    <message>
        <source>{prog}: error: {reason}</source>
        <translation>{prog}：错误：{reason}</translation>
    </message>
    <message>
        <source>{rule}; got {text}</source>
        <translation>{rule}；收到的是 {text}</translation>
    </message>
    <message>
        <source>--steps must be a whole number from 1 to {most}</source>
        <translation>--steps 必须是 1 到 {most} 之间的整数</translation>
    </message>
    <message>
        <source>Why ReLU replaced step, sigmoid and tanh, why ReLU neurons die, and how Leaky ReLU keeps them alive. Without a command, opens the window.</source>
        <translation>为什么 ReLU 取代了阶跃函数、sigmoid 和 tanh，为什么 ReLU 神经元会死亡，以及 Leaky ReLU 如何让它们存活。不带命令时打开窗口。</translation>
    </message>
    <message>
        <source>open the window on a guided lesson</source>
        <translation>在窗口中打开一节引导课程</translation>
    </message>
    <message>
        <source>open the window on a saved experiment (before train: train it)</source>
        <translation>在窗口中打开一个保存的实验（放在 train 之前：训练它）</translation>
    </message>
    <message>
        <source>add reludesk and its icon to this user&apos;s application menu (in $XDG_DATA_HOME, default ~/.local/share) and exit</source>
        <translation>把 reludesk 及其图标加入当前用户的应用程序菜单（位于 $XDG_DATA_HOME，默认 ~/.local/share）后退出</translation>
    </message>
    <message>
        <source>open the window on lesson 1, check it shows with its icon, close it and exit: status 0 when all is well (your settings are untouched)</source>
        <translation>在第 1 课打开窗口，检查它带图标显示，然后关闭并退出：一切正常时状态码为 0（不会改动你的设置）</translation>
    </message>
    <message>
        <source>render a lesson&apos;s run offscreen into a GIF, MP4 or PNG series (reludesk render --help)</source>
        <translation>在后台将一节课程的运行过程渲染为 GIF、MP4 或 PNG 系列（reludesk render --help）</translation>
    </message>
    <message>
        <source>train headless and print a report</source>
        <translation>无界面训练并打印报告</translation>
    </message>
    <message>
        <source>start from a saved experiment, and from its trained weights if it has</source>
        <translation>从保存的实验开始；若其中有训练好的权重，则从这些权重开始</translation>
    </message>
    <message>
        <source>start from new random weights even if the file holds trained ones</source>
        <translation>即使文件中有训练好的权重，也从新的随机权重开始</translation>
    </message>
    <message>
        <source>the data to train on; own: your points of --points or of --config</source>
        <translation>用于训练的数据；own：你自己的点，来自 --points 或 --config</translation>
    </message>
    <message>
        <source>slope or alpha of {names}</source>
        <translation>{names} 的斜率或 alpha</translation>
    </message>
    <message>
        <source>hidden layer widths, e.g. 8,8; none for none</source>
        <translation>隐藏层宽度，例如 8,8；none 表示没有</translation>
    </message>
    <message>
        <source>learning rate in (0, 10]</source>
        <translation>学习率，范围 (0, 10]</translation>
    </message>
    <message>
        <source>points per step; more than the training points runs as all of them</source>
        <translation>每步的点数；超过训练点数时按全部训练点运行</translation>
    </message>
    <message>
        <source>label / point noise in [0, 0.5]</source>
        <translation>标签 / 点的噪声，范围 [0, 0.5]</translation>
    </message>
    <message>
        <source>input features fed to the network, e.g. x1,x2,x1x2; from: {names} (the window&apos;s labels, such as x1² or &apos;sin x1&apos;, are read too; default {default})</source>
        <translation>输入网络的特征，例如 x1,x2,x1x2；可选：{names}（窗口中的标签，如 x1² 或 &apos;sin x1&apos;，也能识别；默认 {default}）</translation>
    </message>
    <message>
        <source>penalty on the weights added to the loss (default none)</source>
        <translation>加到损失上的权重惩罚项（默认 none）</translation>
    </message>
    <message>
        <source>strength of that penalty, in [0, 10] (default 0)</source>
        <translation>惩罚的强度，范围 [0, 10]（默认 0）</translation>
    </message>
    <message>
        <source>seed of the starting weights and the batches (and of the data, unless --data-seed)</source>
        <translation>初始权重和批次的随机种子（除非给出 --data-seed，也用于数据）</translation>
    </message>
    <message>
        <source>seed of the data set and of its split into training and test points (your own points&apos; too); default: --seed</source>
        <translation>数据集及其训练 / 测试划分的随机种子（也用于你自己的点）；默认：--seed</translation>
    </message>
    <message>
        <source>train on your own points (data set own): a CSV with the header x1,x2,label, one point a line, |x1| and |x2| at most 60; labels 0 (class A, orange) or 1 (class B, blue), or targets in [-1, 1] with --task regression</source>
        <translation>用你自己的点训练（数据集 own）：一个 CSV 文件，表头为 x1,x2,label，每行一个点，|x1| 和 |x2| 不超过 60；标签为 0（类别 A，橙色）或 1（类别 B，蓝色），配合 --task regression 时为 [-1, 1] 内的目标值</translation>
    </message>
    <message>
        <source>how to read the labels of --points (default classification)</source>
        <translation>如何解读 --points 的标签（默认 classification）</translation>
    </message>
    <message>
        <source>train this many networks at once (1-{most}); only their starting weights differ, the data and batches are shared</source>
        <translation>同时训练这么多个网络（1-{most}）；只有初始权重不同，数据和批次共享</translation>
    </message>
    <message>
        <source>training steps (default 1000)</source>
        <translation>训练步数（默认 1000）</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>打印一个 JSON 对象</translation>
    </message>
    <message>
        <source>save the trained experiment, weights included (replica 0&apos;s with --replicas), to open in the window (reludesk --config FILE) or train on (train --config FILE)</source>
        <translation>保存训练好的实验，包括权重（使用 --replicas 时为副本 0 的权重），可在窗口中打开（reludesk --config FILE）或继续训练（train --config FILE）</translation>
    </message>
    <message>
        <source>{option} is an option of train, which trains without the window: reludesk train {option} ...; the window opens with --config FILE or --lesson NAME (the window reads points with File &gt; Import points (CSV))</source>
        <translation>{option} 是 train 的选项，train 不打开窗口进行训练：reludesk train {option} ...；窗口用 --config FILE 或 --lesson NAME 打开（窗口中用“文件 &gt; 导入点 (CSV)”读取点）</translation>
    </message>
    <message>
        <source>{option} is an option of train, which trains without the window: reludesk train {option} ...; the window opens with --config FILE or --lesson NAME</source>
        <translation>{option} 是 train 的选项，train 不打开窗口进行训练：reludesk train {option} ...；窗口用 --config FILE 或 --lesson NAME 打开</translation>
    </message>
    <message>
        <source>--lesson opens a lesson in the window, and train runs without one: leave it out</source>
        <translation>--lesson 在窗口中打开课程，而 train 不用窗口运行：请去掉它</translation>
    </message>
    <message>
        <source>--config is given twice, before and after train: give it once</source>
        <translation>--config 给了两次，train 前后各一次：只需给一次</translation>
    </message>
    <message>
        <source>--alpha is only for {names}; {activation} has no alpha</source>
        <translation>--alpha 只适用于 {names}；{activation} 没有 alpha</translation>
    </message>
    <message>
        <source>batch size {batch} is more than the {n} training points of your own, so it runs as {n}: the full training set</source>
        <translation>批大小 {batch} 超过了你自己的 {n} 个训练点，因此按 {n} 运行：即整个训练集</translation>
    </message>
    <message>
        <source>--task says how to read the labels of --points FILE.csv; without --points the data set decides the task: leave --task out</source>
        <translation>--task 说明如何解读 --points FILE.csv 的标签；没有 --points 时由数据集决定任务：请去掉 --task</translation>
    </message>
    <message>
        <source>--dataset own trains on your own points: add --points FILE.csv (header x1,x2,label)</source>
        <translation>--dataset own 用你自己的点训练：请加上 --points FILE.csv（表头 x1,x2,label）</translation>
    </message>
    <message>
        <source>--points trains on your own points, and --dataset {dataset} names another data set: give one of them (for regression points add --task regression)</source>
        <translation>--points 用你自己的点训练，而 --dataset {dataset} 指定了另一个数据集：只给其中一个（回归点请加 --task regression）</translation>
    </message>
    <message>
        <source>regularization is none, so the rate {rate} has no effect: add --regularization l1 or l2</source>
        <translation>正则化为 none，因此速率 {rate} 不起作用：请加上 --regularization l1 或 l2</translation>
    </message>
    <message>
        <source>regularization {kind} at rate 0 has no effect: add --regularization-rate X (TF Playground offers 0.001 to 10)</source>
        <translation>速率为 0 的 {kind} 正则化不起作用：请加上 --regularization-rate X（TF Playground 提供 0.001 到 10）</translation>
    </message>
    <message>
        <source>{name} holds one trained network, which would start all {replicas} replicas alike: add --fresh to train new ones, or leave --replicas out</source>
        <translation>{name} 只含一个训练好的网络，会让全部 {replicas} 个副本从同样的状态开始：加 --fresh 训练新网络，或去掉 --replicas</translation>
    </message>
    <message>
        <source>{name} holds trained weights for its own network, and these options change it ({problem}): leave them out, or add --fresh to start from new weights</source>
        <translation>{name} 含有其自身网络的训练权重，而这些选项会改变该网络（{problem}）：去掉这些选项，或加 --fresh 从新权重开始</translation>
    </message>
    <message>
        <source>no hidden layer: no neuron can die</source>
        <translation>没有隐藏层：没有神经元会死亡</translation>
    </message>
    <message>
        <source>dead neurons: not counted (the network diverged, so its units are neither dead nor alive)</source>
        <translation>死亡神经元：未计数（网络已发散，其单元既非死亡也非存活）</translation>
    </message>
    <message>
        <source>dead neurons {dead} / {total} (per layer: {shares})</source>
        <translation>死亡神经元 {dead} / {total}（各层：{shares}）</translation>
    </message>
    <message>
        <source>dead neurons 0 / {total}: {name} leaks below zero, so none can die; inactive but alive {alive} / {total}</source>
        <translation>死亡神经元 0 / {total}：{name} 在零以下仍有泄漏，因此不会死亡；不活跃但存活 {alive} / {total}</translation>
    </message>
    <message>
        <source>dead neurons 0 / {total}: {name} units cannot die (their slope is never exactly 0)</source>
        <translation>死亡神经元 0 / {total}：{name} 单元不会死亡（其斜率从不恰好为 0）</translation>
    </message>
    <message>
        <source>saturated neurons {saturated} / {total} (per layer: {shares}): |f&apos;| below {floor} on every input, alive in the math but silent in the numbers</source>
        <translation>饱和神经元 {saturated} / {total}（各层：{shares}）：在所有输入上 |f&apos;| 都低于 {floor}，数学上存活，数值上沉默</translation>
    </message>
    <message>
        <source>{n} step</source>
        <translation>{n} 步</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} 步</translation>
    </message>
    <message>
        <source>, features {names}</source>
        <translation>，特征 {names}</translation>
    </message>
    <message>
        <source>your own {n} points ({task})</source>
        <translation>你自己的 {n} 个点（{task}）</translation>
    </message>
    <message>
        <source>{activation}{slope} on {data}, hidden {hidden}, lr {lr}{extras}: {steps}</source>
        <translation>{activation}{slope}，数据 {data}，隐藏层 {hidden}，学习率 {lr}{extras}：{steps}</translation>
    </message>
    <message>
        <source>started from the weights saved in {name}</source>
        <translation>从 {name} 中保存的权重开始</translation>
    </message>
    <message>
        <source>saved with its weights to {name}</source>
        <translation>已连同权重保存到 {name}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>DIVERGED: the loss became infinite or NaN; lower the learning rate.</source>
        <translation>已发散：损失变为无穷大或 NaN；请降低学习率。</translation>
    </message>
    <message>
        <source>train loss: not finite</source>
        <translation>训练损失：非有限值</translation>
    </message>
    <message>
        <source>train loss {loss}</source>
        <translation>训练损失 {loss}</translation>
    </message>
    <message>
        <source>accuracy train {train}, test {test}</source>
        <translation>准确率：训练 {train}，测试 {test}</translation>
    </message>
    <message>
        <source>over {n} starting weights (data and batches shared): all {n} diverged, none counted</source>
        <translation>基于 {n} 组初始权重（数据和批次共享）：全部 {n} 个都发散，无法计数</translation>
    </message>
    <message>
        <source>over {n} starting weights (data and batches shared; {bad} diverged, not counted): dead share median {median}, range {low}-{high}</source>
        <translation>基于 {n} 组初始权重（数据和批次共享；{bad} 个发散，未计数）：死亡比例中位数 {median}，范围 {low}-{high}</translation>
    </message>
    <message>
        <source>over {n} starting weights (data and batches shared): dead share median {median}, range {low}-{high}</source>
        <translation>基于 {n} 组初始权重（数据和批次共享）：死亡比例中位数 {median}，范围 {low}-{high}</translation>
    </message>
    <message>
        <source>reludesk: note: {note}</source>
        <translation>reludesk：注意：{note}</translation>
    </message>
    <message>
        <source>--save: {name} is a folder; give a file name such as run.reludesk.json</source>
        <translation>--save：{name} 是一个文件夹；请给出文件名，例如 run.reludesk.json</translation>
    </message>
    <message>
        <source>--save: the folder {folder} does not exist</source>
        <translation>--save：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation>{rate} 步/秒</translation>
    </message>
    <message>
        <source>not enough memory for this network: use fewer --replicas, samples or hidden units</source>
        <translation>内存不足以容纳这个网络：请减少 --replicas、样本数或隐藏单元数</translation>
    </message>
    <message>
        <source>{option} stands alone: give it without a command or other options</source>
        <translation>{option} 须单独使用：不要与命令或其他选项一起给出</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>up to date: {path}</source>
        <translation>已是最新：{path}</translation>
    </message>
    <message>
        <source>reludesk: error: {reason}</source>
        <translation>reludesk：错误：{reason}</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>系统拒绝了操作</translation>
    </message>
</context>
<context>
    <name>CompareDeadPlot</name>
    <message>
        <source>Dead hidden units over training</source>
        <translation>训练中的死亡隐藏单元</translation>
    </message>
    <message>
        <source>hidden units (%)</source>
        <translation>隐藏单元 (%)</translation>
    </message>
    <message>
        <source>Solid: dead units (no gradient). Dashed: inactive units of a leaky activation, still learning at slope α, or saturated units of a smooth one (|f′| &lt; {floor} on every input)</source>
        <translation>实线：死亡单元（无梯度）。虚线：带泄漏激活函数的不活跃单元（仍以斜率 α 学习），或平滑激活函数的饱和单元（所有输入上 |f′| &lt; {floor}）</translation>
    </message>
    <message>
        <source>{title}: dead</source>
        <translation>{title}：死亡</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}：{state}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Same data, same starting weights, same batches: only the activation differs.</source>
        <translation>相同的数据、相同的初始权重、相同的批次：只有激活函数不同。</translation>
    </message>
    <message>
        <source>Slope of the right network&apos;s activation below zero</source>
        <translation>右侧网络的激活函数在零以下的斜率</translation>
    </message>
    <message>
        <source>Burst ({steps} steps at rate {rate})</source>
        <translation>冲击（{steps} 步，学习率 {rate}）</translation>
    </message>
    <message>
        <source>Both networks take {burst}, then go back to their rate: the kind of jolt that kills ReLUs</source>
        <translation>两个网络先{burst}，然后回到各自的学习率：正是这种冲击会杀死 ReLU</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start both networks again from the same weights</source>
        <translation>让两个网络从相同的权重重新开始</translation>
    </message>
    <message>
        <source>against</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Branched at step {step}: the same network, data and batches to come; only the activation differs from here.</source>
        <translation>在第 {step} 步分支：相同的网络、后续相同的数据和批次；从这里开始只有激活函数不同。</translation>
    </message>
    <message>
        <source>speed {speed}</source>
        <translation>速度 {speed}</translation>
    </message>
    <message>
        <source>A network has diverged: press Reset (or lower the rate).</source>
        <translation>有网络已发散：请按“重置”（或降低学习率）。</translation>
    </message>
    <message>
        <source>{title}: {runaway}</source>
        <translation>{title}：{runaway}</translation>
    </message>
    <message>
        <source>{progress}, both networks</source>
        <translation>{progress}，两个网络</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} 必须是数字，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be in {bracket}{low}, {high}], got {value}</source>
        <translation>{name} 必须在 {bracket}{low}, {high}] 内，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} 必须是整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} 必须在 {low} 到 {high} 之间，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be one of: {allowed}; got {value}</source>
        <translation>{name} 必须是以下之一：{allowed}；收到的是 {value}</translation>
    </message>
    <message>
        <source>features must be a list of names, got {value}</source>
        <translation>features 必须是名称列表，收到的是 {value}</translation>
    </message>
    <message>
        <source>features must be names from: {allowed}; got {value}</source>
        <translation>features 必须是以下名称：{allowed}；收到的是 {value}</translation>
    </message>
    <message>
        <source>features: {reason}</source>
        <translation>features：{reason}</translation>
    </message>
    <message>
        <source>dataset own needs at least {least} points of your own (drawn on the output plot or read from a CSV file), got {have}</source>
        <translation>数据集 own 至少需要 {least} 个你自己的点（在输出图上绘制或从 CSV 文件读取），现有 {have} 个</translation>
    </message>
    <message>
        <source>hidden must be a list of layer widths, got {value}</source>
        <translation>hidden 必须是层宽列表，收到的是 {value}</translation>
    </message>
    <message>
        <source>hidden may have at most {most} layers, got {count}</source>
        <translation>hidden 最多 {most} 层，收到的是 {count} 层</translation>
    </message>
    <message>
        <source>alpha: {reason}</source>
        <translation>alpha：{reason}</translation>
    </message>
    <message>
        <source>replicas: {replicas} copies of this network on {rows} training rows would need about {need} GB; at most {allowed} GB is allowed, so at most {most} replicas here (or fewer samples or units)</source>
        <translation>replicas：这个网络的 {replicas} 个副本在 {rows} 行训练数据上约需 {need} GB；最多允许 {allowed} GB，因此这里最多 {most} 个副本（或减少样本或单元）</translation>
    </message>
    <message>
        <source>config must be a JSON object, got {type}</source>
        <translation>配置必须是 JSON 对象，收到的是 {type}</translation>
    </message>
    <message>
        <source>unknown field {fields}; allowed: {allowed}</source>
        <translation>未知字段 {fields}；允许的字段：{allowed}</translation>
    </message>
    <message>
        <source>batch size {batch} is more than the {rows} training points, so it runs as {rows}: the full training set</source>
        <translation>批大小 {batch} 超过了 {rows} 个训练点，因此按 {rows} 运行：即整个训练集</translation>
    </message>
    <message>
        <source>numbers must be finite; the file holds {name}</source>
        <translation>数字必须是有限值；文件中含有 {name}</translation>
    </message>
    <message>
        <source>expected JSON text, got {type}</source>
        <translation>应为 JSON 文本，收到的是 {type}</translation>
    </message>
    <message>
        <source>it is too long ({length} characters) to be an experiment; one is at most {most}</source>
        <translation>太长了（{length} 个字符），不像一个实验；实验最多 {most} 个字符</translation>
    </message>
    <message>
        <source>not valid JSON: it is empty</source>
        <translation>不是有效的 JSON：内容为空</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>不是有效的 JSON：嵌套太深</translation>
    </message>
    <message>
        <source>not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>不是有效的 JSON（{reason}，第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>not valid JSON: a number in it has over {digits} digits</source>
        <translation>不是有效的 JSON：其中有一个数字超过 {digits} 位</translation>
    </message>
    <message>
        <source>expected a JSON object, got {type}</source>
        <translation>应为 JSON 对象，收到的是 {type}</translation>
    </message>
    <message>
        <source>format must be {format}, got {value}</source>
        <translation>format 必须是 {format}，收到的是 {value}</translation>
    </message>
    <message>
        <source>unsupported version {version}; this reludesk reads versions {versions}</source>
        <translation>不支持的版本 {version}；此 reludesk 可读取的版本为 {versions}</translation>
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
        <translation>Leaky ReLU 在 0 以下的斜率。0.01 是常用默认值（PyTorch）；Keras 用 0.3；有些教材用 0.001。斜率越大，泄漏通过的梯度越多。</translation>
    </message>
    <message>
        <source>PReLU start α</source>
        <translation>PReLU 初始 α</translation>
    </message>
    <message>
        <source>PReLU learns its slope while training; this is where it starts (He et al.: 0.25).</source>
        <translation>PReLU 在训练中学习自己的斜率；这里是它的起始值（He 等人：0.25）。</translation>
    </message>
    <message>
        <source>ELU α</source>
        <translation>ELU α</translation>
    </message>
    <message>
        <source>ELU&apos;s α is a level, not a slope: its negative side flattens out at −α, and its slope there is α·e^z. Above 1 the peak slope (α, just below 0) exceeds 1.</source>
        <translation>ELU 的 α 是一个水平，而不是斜率：其负半边趋于平坦于 −α，那里的斜率是 α·e^z。α 大于 1 时，峰值斜率（α，就在 0 的左侧）超过 1。</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Tick Leaky ReLU, PReLU or ELU to tune its α.</source>
        <translation>勾选 Leaky ReLU、PReLU 或 ELU 以调节其 α。</translation>
    </message>
    <message>
        <source>z range</source>
        <translation>z 范围</translation>
    </message>
    <message>
        <source>How far the plots reach on each side of z = 0 (from ±2 to ±20). Widen it to see where sigmoid and tanh saturate.</source>
        <translation>图在 z = 0 两侧延伸多远（从 ±2 到 ±20）。调宽可以看到 sigmoid 和 tanh 在哪里饱和。</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>unknown data set {name}; choose one of: {names}</source>
        <translation>未知的数据集 {name}；请从以下选择：{names}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value}</source>
        <translation>{what} 必须是整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>{what} must be &gt;= {low}, got {value}</source>
        <translation>{what} 必须 &gt;= {low}，收到的是 {value}</translation>
    </message>
    <message>
        <source>{what} must be in [{low}, {high}], got {value}</source>
        <translation>{what} 必须在 [{low}, {high}] 内，收到的是 {value}</translation>
    </message>
    <message>
        <source>{what} must be a number in [{low}, {high}], got {value}</source>
        <translation>{what} 必须是 [{low}, {high}] 内的数字，收到的是 {value}</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <source>Each curve is (peak |f′|)ⁿ: the activation&apos;s share alone, at its best z. The weights multiply in too, so it is no bound on a real gradient.</source>
        <translation>每条曲线是 (峰值 |f′|)ⁿ：仅激活函数自身的贡献，取其最佳 z 处。权重也会相乘，因此它并不是真实梯度的界。</translation>
    </message>
    <message>
        <source>(peak |f′|)ⁿ is the activation&apos;s own share of a gradient after n layers, reached only if every unit sat at the one z where |f′| peaks. It is not a bound on a real network: backpropagation multiplies by the weights too. Measured at the first step of six layers of 8 units on the circle, 16 starting weights: the first layer&apos;s gradient over the last layer&apos;s exceeds this curve at n = 6 on some of them for sigmoid (0.25⁶), tanh and ReLU (1⁶), and for SELU, whose curve reads 1.76⁶ ≈ 30, it stays below 1 (median). Step is left off: its f′ is 0 everywhere, and 0 has no place on a log scale.</source>
        <translation>(峰值 |f′|)ⁿ 是经过 n 层后激活函数自身在梯度中所占的份额，只有每个单元都恰好处在 |f′| 达到峰值的那个 z 上时才能达到。它不是真实网络的界：反向传播还要乘以权重。在圆形数据上对六层、每层 8 个单元的网络、16 组初始权重在第一步测得：第一层梯度与最后一层梯度之比，在 n = 6 时对 sigmoid（0.25⁶）、tanh 和 ReLU（1⁶）的部分权重会超过这条曲线；而 SELU 的曲线为 1.76⁶ ≈ 30，其比值（中位数）却低于 1。阶跃函数未画出：它的 f′ 处处为 0，而 0 在对数刻度上无法表示。</translation>
    </message>
    <message>
        <source>Step is left off: its f′ is 0 everywhere, so nothing passes even one layer (0 cannot be drawn on a log scale).</source>
        <translation>阶跃函数未画出：它的 f′ 处处为 0，因此连一层都无法通过（0 无法画在对数刻度上）。</translation>
    </message>
    <message>
        <source>activation&apos;s share, (peak |f′|)ⁿ</source>
        <translation>激活函数的份额，(峰值 |f′|)ⁿ</translation>
    </message>
    <message>
        <source>layers n</source>
        <translation>层数 n</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Neuron inspector</source>
        <translation>神经元检查器</translation>
    </message>
</context>
<context>
    <name>DrawTool</name>
    <message>
        <source>your own</source>
        <translation>自己的点</translation>
    </message>
    <message>
        <source>Your own points: drawn on the output plot or read from a CSV file</source>
        <translation>你自己的点：在输出图上绘制或从 CSV 文件读取</translation>
    </message>
    <message>
        <source>Draw at least two points: the network needs two to train on</source>
        <translation>请至少画两个点：网络需要两个点才能训练</translation>
    </message>
    <message>
        <source>No point added: {problem}</source>
        <translation>未添加点：{problem}</translation>
    </message>
</context>
<context>
    <name>ExperimentFiles</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;Curves as CSV (*.csv)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;曲线 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export activation explorer (f and f′)</source>
        <translation>导出激活函数探索器（f 和 f′）</translation>
    </message>
    <message>
        <source>Export loss</source>
        <translation>导出损失</translation>
    </message>
    <message>
        <source>Export dead share per layer</source>
        <translation>导出各层死亡比例</translation>
    </message>
    <message>
        <source>Export gradient size per layer</source>
        <translation>导出各层梯度大小</translation>
    </message>
    <message>
        <source>Export network output (decision boundary)</source>
        <translation>导出网络输出（决策边界）</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>{problem} The current experiment is unchanged.</source>
        <translation>{problem} 当前实验未改变。</translation>
    </message>
    <message>
        <source>Opened {name} with its trained weights{notes}</source>
        <translation>已打开 {name} 及其训练好的权重{notes}</translation>
    </message>
    <message>
        <source>Opened {name}{notes}</source>
        <translation>已打开 {name}{notes}</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>{problem} Any earlier file of that name is unchanged.</source>
        <translation>{problem} 同名的旧文件未改变。</translation>
    </message>
    <message>
        <source>Saved the settings and trained weights to {path}</source>
        <translation>已将设置和训练好的权重保存到 {path}</translation>
    </message>
    <message>
        <source>Saved the settings to {path}</source>
        <translation>已将设置保存到 {path}</translation>
    </message>
    <message>
        <source>No recent experiments</source>
        <translation>没有最近的实验</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>{path} no longer exists; it was removed from the recent list.</source>
        <translation>{path} 已不存在；已从最近列表中移除。</translation>
    </message>
    <message>
        <source>{name}: use a .png, .svg or .csv file name</source>
        <translation>{name}：请使用 .png、.svg 或 .csv 文件名</translation>
    </message>
    <message>
        <source>Saved the training history to {path}</source>
        <translation>已将训练历史保存到 {path}</translation>
    </message>
    <message>
        <source>Saved a screenshot to {path}</source>
        <translation>已将截图保存到 {path}</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save experiment with weights</source>
        <translation>连同权重保存实验</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>将历史导出为 CSV</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Screenshot of the window</source>
        <translation>窗口截图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Could not open {name}: {reason}.</source>
        <translation>无法打开 {name}：{reason}。</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>无法保存 {name}：{reason}。</translation>
    </message>
</context>
<context>
    <name>ExperimentIO</name>
    <message>
        <source>reludesk experiment (*{suffix})</source>
        <translation>reludesk 实验 (*{suffix})</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Activation explorer (f and f′)</source>
        <translation>激活函数探索器（f 和 f′）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Dead share per layer</source>
        <translation>各层死亡比例</translation>
    </message>
    <message>
        <source>Gradient size per layer</source>
        <translation>各层梯度大小</translation>
    </message>
    <message>
        <source>Network output (decision boundary)</source>
        <translation>网络输出（决策边界）</translation>
    </message>
    <message>
        <source>{name}: use a .png or .svg file name</source>
        <translation>{name}：请使用 .png 或 .svg 文件名</translation>
    </message>
    <message>
        <source>{name}: its folder does not exist</source>
        <translation>{name}：其所在文件夹不存在</translation>
    </message>
    <message>
        <source>{name}: it could not be written</source>
        <translation>{name}：无法写入</translation>
    </message>
</context>
<context>
    <name>ExplorerFigure</name>
    <message>
        <source>f(z): what the unit passes on</source>
        <translation>f(z)：单元传给下一层的值</translation>
    </message>
    <message>
        <source>The activation f(z). Hover to read values; drag to pan, wheel to zoom.</source>
        <translation>激活函数 f(z)。悬停读取数值；拖动平移，滚轮缩放。</translation>
    </message>
    <message>
        <source>f′(z): how much gradient flows back</source>
        <translation>f′(z)：反向流回多少梯度</translation>
    </message>
    <message>
        <source>z (the unit&apos;s input)</source>
        <translation>z（单元的输入）</translation>
    </message>
    <message>
        <source>The derivative f′(z). Where it is 0, no gradient reaches the weights.</source>
        <translation>导数 f′(z)。在它为 0 的地方，没有梯度能到达权重。</translation>
    </message>
    <message>
        <source>Bands take the colour of their activation.</source>
        <translation>色带采用其激活函数的颜色。</translation>
    </message>
</context>
<context>
    <name>ExplorerPanel</name>
    <message>
        <source>Properties</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>What each shown activation guarantees, and what it costs.</source>
        <translation>所显示的每个激活函数能保证什么，又有什么代价。</translation>
    </message>
    <message>
        <source>How to read the plots, in a few lines.</source>
        <translation>几句话说明如何读图。</translation>
    </message>
</context>
<context>
    <name>ExplorerProperties</name>
    <message>
        <source>Peak f′ through depth</source>
        <translation>峰值 f′ 随深度</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>输出范围</translation>
    </message>
    <message>
        <source>The values f(z) can take.</source>
        <translation>f(z) 可以取的值。</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>单调</translation>
    </message>
    <message>
        <source>Does f only ever go up as z grows?</source>
        <translation>z 增大时 f 是否只增不减？</translation>
    </message>
    <message>
        <source>Mean f, z ~ N(0, 1)</source>
        <translation>f 均值，z ~ N(0, 1)</translation>
    </message>
    <message>
        <source>The mean output when z is standard normal. 0 means zero-centred (tanh, SELU, linear, Leaky ReLU at α = 1): the next layer&apos;s inputs take both signs alike. The further from 0, the more they all lean one way, and the more that layer&apos;s weights move together.</source>
        <translation>z 服从标准正态分布时的输出均值。0 表示以零为中心（tanh、SELU、线性、α = 1 的 Leaky ReLU）：下一层的输入正负均衡。离 0 越远，它们越偏向一边，该层的权重也越是一起移动。</translation>
    </message>
    <message>
        <source>Smooth at 0</source>
        <translation>在 0 处平滑</translation>
    </message>
    <message>
        <source>Is f′ continuous at z = 0 (no kink)?</source>
        <translation>f′ 在 z = 0 处是否连续（没有折点）？</translation>
    </message>
    <message>
        <source>Peak |f′|</source>
        <translation>峰值 |f′|</translation>
    </message>
    <message>
        <source>The largest |f′|, reached at one z only. Raised to the power n it is the activation&apos;s own share of a gradient after n layers if every unit sat at that z; the weights multiply in too, so it bounds nothing in a real network (see “{depth_tab}”).</source>
        <translation>最大的 |f′|，只在某一个 z 处达到。它的 n 次方是：若每个单元都处在该 z 上，经过 n 层后激活函数自身在梯度中所占的份额；权重也会相乘，因此在真实网络中它不构成任何界（见“{depth_tab}”）。</translation>
    </message>
    <message>
        <source>Can die</source>
        <translation>会死亡</translation>
    </message>
    <message>
        <source>Dead: f′ is exactly 0 for every training input, so no gradient reaches the unit&apos;s weights; only ReLU and step have such a flat half-line. Leaky ReLU and PReLU units can be inactive but alive (the leak still flows); smooth ones can be saturated (|f′| below {bound} on every input). The network view uses the same words.</source>
        <translation>死亡：对每个训练输入 f′ 都恰好为 0，因此没有梯度到达该单元的权重；只有 ReLU 和阶跃函数有这样平坦的半直线。Leaky ReLU 和 PReLU 单元可能不活跃但仍存活（泄漏仍在流动）；平滑的激活函数可能饱和（所有输入上 |f′| 低于 {bound}）。网络视图使用同样的说法。</translation>
    </message>
    <message>
        <source>Cost of f (ns)</source>
        <translation>f 的开销 (ns)</translation>
    </message>
    <message>
        <source>Nanoseconds per element to compute f(z), measured on this machine (the best of 3 calls on 100,000 values).</source>
        <translation>计算每个元素的 f(z) 所需的纳秒数，在本机上测得（对 100,000 个值调用 3 次取最好成绩）。</translation>
    </message>
    <message>
        <source>Cost of f′ (ns)</source>
        <translation>f′ 的开销 (ns)</translation>
    </message>
    <message>
        <source>Nanoseconds per element to compute f′(z), measured like f.</source>
        <translation>计算每个元素的 f′(z) 所需的纳秒数，测法同 f。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes while α ≥ 0</source>
        <translation>α ≥ 0 时是</translation>
    </message>
    <message>
        <source>The network learns α, and training often pushes it below 0: then f falls as z grows below 0.</source>
        <translation>网络会学习 α，而训练常常把它推到 0 以下：这时在 z &lt; 0 的区域，z 增大时 f 反而减小。</translation>
    </message>
    <message>
        <source>Zero-centred.</source>
        <translation>以零为中心。</translation>
    </message>
    <message>
        <source>Leans positive: {mean} on average.</source>
        <translation>偏正：平均为 {mean}。</translation>
    </message>
    <message>
        <source>Yes: dead, f′ = 0 everywhere</source>
        <translation>是：死亡，f′ 处处为 0</translation>
    </message>
    <message>
        <source>Yes: dead, f′ = 0 for z ≤ {z}</source>
        <translation>是：死亡，z ≤ {z} 时 f′ = 0</translation>
    </message>
    <message>
        <source>A unit whose f′ is 0 on every training input gets no gradient at all: dead. The layers after it still learn.</source>
        <translation>对每个训练输入 f′ 都为 0 的单元完全得不到梯度：死亡。它之后的层仍在学习。</translation>
    </message>
    <message>
        <source>No: inactive, leaks at learned α</source>
        <translation>否：不活跃，以学到的 α 泄漏</translation>
    </message>
    <message>
        <source>No: inactive, leaks at α = {alpha}</source>
        <translation>否：不活跃，以 α = {alpha} 泄漏</translation>
    </message>
    <message>
        <source>A unit with z ≤ 0 on every input is inactive but alive: the gradient still flows at slope α, so it can revive.</source>
        <translation>在每个输入上 z ≤ 0 的单元是不活跃但存活的：梯度仍以斜率 α 流动，因此它可以复活。</translation>
    </message>
    <message>
        <source>No: f′ = 1 everywhere</source>
        <translation>否：f′ 处处为 1</translation>
    </message>
    <message>
        <source>beyond |z| ≈ {z}</source>
        <translation>|z| ≈ {z} 之外</translation>
    </message>
    <message>
        <source>No: saturates beyond |z| ≈ {z}</source>
        <translation>否：|z| ≈ {z} 之外饱和</translation>
    </message>
    <message>
        <source>below z ≈ {z}</source>
        <translation>z ≈ {z} 以下</translation>
    </message>
    <message>
        <source>No: saturates below z ≈ {z}</source>
        <translation>否：z ≈ {z} 以下饱和</translation>
    </message>
    <message>
        <source>above z ≈ {z}</source>
        <translation>z ≈ {z} 以上</translation>
    </message>
    <message>
        <source>{below} and {above}</source>
        <translation>{below} 和 {above}</translation>
    </message>
    <message>
        <source>Never dead, but far from 0 its gradient fades: |f′| &lt; {bound} {where}, where the network calls a unit saturated (alive in the maths, silent in the numbers).</source>
        <translation>从不死亡，但远离 0 时梯度逐渐消失：在 {where}，|f′| &lt; {bound}，网络将这样的单元称为饱和（数学上存活，数值上沉默）。</translation>
    </message>
    <message>
        <source>In float64 f′ is exactly 0 {where}.</source>
        <translation>在 float64 中，{where}，f′ 恰好为 0。</translation>
    </message>
</context>
<context>
    <name>ExplorerTexts</name>
    <message>
        <source>1 if z ≥ 0, else 0. f′ = 0 everywhere: no gradient reaches the weights into a step unit, so they never learn (the layer after it still does).</source>
        <translation>z ≥ 0 时为 1，否则为 0。f′ 处处为 0：没有梯度到达阶跃单元的输入权重，因此它们永远学不会（其后的层仍在学习）。</translation>
    </message>
    <message>
        <source>f(z) = z. Stacked linear layers collapse into one: no non-linearity at all.</source>
        <translation>f(z) = z。堆叠的线性层会合并成一层：完全没有非线性。</translation>
    </message>
    <message>
        <source>1 / (1 + e^−z). f′ is at most 0.25, and below 1 % of that beyond |z| ≈ 6 (saturation).</source>
        <translation>1 / (1 + e^−z)。f′ 最大为 0.25，|z| ≈ 6 以外不到其 1 %（饱和）。</translation>
    </message>
    <message>
        <source>tanh(z). Zero-centred, but saturates like the sigmoid: f′ &lt; 0.01 beyond |z| ≈ 3.</source>
        <translation>tanh(z)。以零为中心，但像 sigmoid 一样会饱和：|z| ≈ 3 以外 f′ &lt; 0.01。</translation>
    </message>
    <message>
        <source>max(0, z). f′ = 1 for z &gt; 0 and 0 for z ≤ 0: a unit whose z is ≤ 0 for every input gets no gradient: it is dead.</source>
        <translation>max(0, z)。z &gt; 0 时 f′ = 1，z ≤ 0 时为 0：对每个输入 z 都 ≤ 0 的单元得不到梯度：它死亡了。</translation>
    </message>
    <message>
        <source>z if z &gt; 0, else α·z. The small slope α keeps a gradient flowing below 0.</source>
        <translation>z &gt; 0 时为 z，否则为 α·z。小斜率 α 让梯度在 0 以下继续流动。</translation>
    </message>
    <message>
        <source>Like Leaky ReLU, but the network learns α (it may go below 0); shown here at its starting slope.</source>
        <translation>与 Leaky ReLU 类似，但 α 由网络学习（可能降到 0 以下）；此处按其初始斜率显示。</translation>
    </message>
    <message>
        <source>z if z &gt; 0, else α·(e^z − 1). Smooth negative side that saturates at −α: α is that level, and the slope there is α·e^z, not α.</source>
        <translation>z &gt; 0 时为 z，否则为 α·(e^z − 1)。负半边平滑，饱和于 −α：α 是这个水平，那里的斜率是 α·e^z，而不是 α。</translation>
    </message>
    <message>
        <source>λ·ELU with fixed λ ≈ 1.0507, α ≈ 1.6733. Self-normalising (mean 0, variance 1 layer after layer) only with LeCun-normal weights, Var(w) = 1/fan_in: here that is Xavier between layers of equal width; with He init (the default) the variance grows.</source>
        <translation>λ·ELU，固定 λ ≈ 1.0507，α ≈ 1.6733。只有使用 LeCun 正态权重 Var(w) = 1/fan_in 时才自归一化（逐层保持均值 0、方差 1）：在这里就是等宽层之间的 Xavier；使用 He 初始化（默认）时方差会增大。</translation>
    </message>
    <message>
        <source>z·Φ(z), Φ the normal CDF. Used in transformers; dips slightly below 0.</source>
        <translation>z·Φ(z)，Φ 为正态分布的累积分布函数。用于 Transformer；在 0 以下略有下凹。</translation>
    </message>
    <message>
        <source>z·σ(z) (swish). Smooth, dips slightly below 0.</source>
        <translation>z·σ(z)（swish）。平滑，在 0 以下略有下凹。</translation>
    </message>
    <message>
        <source>log(1 + e^z): a smooth ReLU whose f′ is the sigmoid.</source>
        <translation>log(1 + e^z)：一种平滑的 ReLU，其 f′ 就是 sigmoid。</translation>
    </message>
    <message>
        <source>z·tanh(softplus(z)). Smooth, dips slightly below 0.</source>
        <translation>z·tanh(softplus(z))。平滑，在 0 以下略有下凹。</translation>
    </message>
    <message>
        <source>&lt;p&gt;A unit computes z = w·x + b and passes on f(z). Training changes w in proportion to f′(z).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strong tint&lt;/b&gt; in the f′ plot (dashed edges): f′ = 0 exactly, the unit learns nothing there (ReLU, step). A ReLU unit whose z is ≤ 0 for every training input is &lt;b&gt;dead&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Light tint&lt;/b&gt;: the far tails where |f′| stays below 1 % of its peak. The unit is saturated and its gradient all but vanishes: tanh beyond |z| ≈ 3, sigmoid beyond |z| ≈ 6 (widen the z range to see it).&lt;/p&gt;&lt;p&gt;Leaky ReLU keeps a slope α below 0: a trickle of gradient, so the unit can recover. ELU&apos;s α is different: the level its negative side saturates at.&lt;/p&gt;&lt;p&gt;Sigmoid&apos;s f′ is at most 0.25, one reason its gradient fades through many layers; the weights count too (tab &lt;i&gt;{depth_tab}&lt;/i&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;一个单元计算 z = w·x + b，并把 f(z) 传给下一层。训练时 w 的改变与 f′(z) 成正比。&lt;/p&gt;&lt;p&gt;f′ 图中的&lt;b&gt;深色底纹&lt;/b&gt;（虚线边缘）：f′ 恰好为 0，单元在那里什么也学不到（ReLU、阶跃函数）。对每个训练输入 z 都 ≤ 0 的 ReLU 单元是&lt;b&gt;死亡&lt;/b&gt;的。&lt;/p&gt;&lt;p&gt;&lt;b&gt;浅色底纹&lt;/b&gt;：远端尾部，|f′| 始终低于其峰值的 1 %。单元饱和，梯度几乎消失：tanh 在 |z| ≈ 3 以外，sigmoid 在 |z| ≈ 6 以外（调宽 z 范围即可看到）。&lt;/p&gt;&lt;p&gt;Leaky ReLU 在 0 以下保留斜率 α：一丝梯度，使单元能够恢复。ELU 的 α 不同：它是负半边饱和的水平。&lt;/p&gt;&lt;p&gt;sigmoid 的 f′ 最大为 0.25，这是其梯度经过多层后逐渐消失的原因之一；权重也有影响（见标签页&lt;i&gt;{depth_tab}&lt;/i&gt;）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>观察要点</translation>
    </message>
    <message>
        <source>Tint in the f′ plot: strong (dashed edges) where f′ = 0 exactly, a ReLU or step unit can die; light on the far tails where |f′| stays below 1 % of its peak, saturated.</source>
        <translation>f′ 图中的底纹：深色（虚线边缘）处 f′ 恰好为 0，ReLU 或阶跃单元可能死亡；浅色在远端尾部，|f′| 始终低于峰值的 1 %，即饱和。</translation>
    </message>
    <message>
        <source>Hover over a plot to read f(z) and f′(z).</source>
        <translation>将鼠标悬停在图上以读取 f(z) 和 f′(z)。</translation>
    </message>
    <message>
        <source>Tick an activation on the left to plot it.</source>
        <translation>在左侧勾选一个激活函数来绘制它。</translation>
    </message>
</context>
<context>
    <name>FeatureToggles</name>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>
The network needs one input: the last one stays on</source>
        <translation>
网络需要一个输入：最后一个保持开启</translation>
    </message>
    <message>
        <source>Inputs of the network: click to use a feature or stop using it (the first layer has one input per feature in use)</source>
        <translation>网络的输入：点击以启用或停用某个特征（第一层对每个启用的特征有一个输入）</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>x1: the point&apos;s first coordinate</source>
        <translation>x1：点的第一个坐标</translation>
    </message>
    <message>
        <source>x2: the point&apos;s second coordinate</source>
        <translation>x2：点的第二个坐标</translation>
    </message>
    <message>
        <source>x1²: the first coordinate squared (with x2², circles become straight cuts)</source>
        <translation>x1²：第一个坐标的平方（配合 x2²，圆变成直线切分）</translation>
    </message>
    <message>
        <source>x2²: the second coordinate squared</source>
        <translation>x2²：第二个坐标的平方</translation>
    </message>
    <message>
        <source>x1·x2: the product of the coordinates (its sign is the xor pattern)</source>
        <translation>x1·x2：两坐标之积（其符号就是异或图案）</translation>
    </message>
    <message>
        <source>sin x1: the sine of the first coordinate (waves along x1)</source>
        <translation>sin x1：第一个坐标的正弦（沿 x1 的波）</translation>
    </message>
    <message>
        <source>sin x2: the sine of the second coordinate (waves along x2)</source>
        <translation>sin x2：第二个坐标的正弦（沿 x2 的波）</translation>
    </message>
    <message>
        <source>unknown feature {name}; choose from: {names}</source>
        <translation>未知的特征 {name}；请从以下选择：{names}</translation>
    </message>
    <message>
        <source>features must be a list of names, got {value}</source>
        <translation>features 必须是名称列表，收到的是 {value}</translation>
    </message>
    <message>
        <source>choose at least one feature from: {names}</source>
        <translation>请至少从以下选择一个特征：{names}</translation>
    </message>
    <message>
        <source>{feature} is the only input left; a network needs one</source>
        <translation>{feature} 是剩下的唯一输入；网络需要一个输入</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>you may not read it (permission denied)</source>
        <translation>你没有读取权限（权限被拒绝）</translation>
    </message>
    <message>
        <source>you may not write in that folder (permission denied)</source>
        <translation>你不能在该文件夹中写入（权限被拒绝）</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>它不存在</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>其所在文件夹不存在</translation>
    </message>
    <message>
        <source>it is a folder, not an experiment file</source>
        <translation>它是文件夹，不是实验文件</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>已有同名文件夹</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>其路径中的某一部分是文件，而不是文件夹</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <source>its path goes round in a loop of links</source>
        <translation>其路径陷入了链接循环</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>无法读取磁盘</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>无法写入磁盘</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>你的磁盘配额已用完</translation>
    </message>
    <message>
        <source>an experiment file</source>
        <translation>实验文件</translation>
    </message>
    <message>
        <source>a points file</source>
        <translation>点文件</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} 字节</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {index} is not part of a character)</source>
        <translation>它不是 UTF-8 文本（第 {index} 个字节不属于任何字符）</translation>
    </message>
    <message>
        <source>{file}: it is a folder, not {kind}</source>
        <translation>{file}：它是文件夹，不是{kind}</translation>
    </message>
    <message>
        <source>{file}: it is not a regular file (a pipe, socket or device), so it is not read</source>
        <translation>{file}：它不是普通文件（而是管道、套接字或设备），因此不读取</translation>
    </message>
    <message>
        <source>{file}: it is {size}; {kind} is at most {limit}</source>
        <translation>{file}：大小为 {size}；{kind}最大为 {limit}</translation>
    </message>
    <message>
        <source>weights must be an object with weights, biases and slopes</source>
        <translation>weights 必须是包含 weights、biases 和 slopes 的对象</translation>
    </message>
    <message>
        <source>weights.{key} must hold {count} arrays for this network</source>
        <translation>weights.{key} 对这个网络必须包含 {count} 个数组</translation>
    </message>
    <message>
        <source>weights.{key}[{index}] must be an array of numbers</source>
        <translation>weights.{key}[{index}] 必须是数字数组</translation>
    </message>
    <message>
        <source>weights.{key}[{index}] must have shape {shape}, got {got}</source>
        <translation>weights.{key}[{index}] 的形状必须是 {shape}，收到的是 {got}</translation>
    </message>
    <message>
        <source>weights.{key}[{index}] holds a number that is not finite</source>
        <translation>weights.{key}[{index}] 含有非有限的数字</translation>
    </message>
    <message>
        <source>its saved weights (the largest is {largest}) overflow 64-bit numbers, which end near 1.8e308: on its own data the loss or its gradient is not a finite number before any step, so this network cannot train</source>
        <translation>它保存的权重（最大为 {largest}）超出了 64 位浮点数的范围（上限约 1.8e308）：在它自己的数据上，损失或其梯度在任何一步之前就不是有限数，因此这个网络无法训练</translation>
    </message>
</context>
<context>
    <name>Frames</name>
    <message>
        <source>MP4 needs: pip install reludesk[video]</source>
        <translation>MP4 需要：pip install reludesk[video]</translation>
    </message>
    <message>
        <source>{name}: the file name must end in .gif, .mp4 or .png</source>
        <translation>{name}：文件名必须以 .gif、.mp4 或 .png 结尾</translation>
    </message>
    <message>
        <source>{name}: there are no frames to write</source>
        <translation>{name}：没有可写入的帧</translation>
    </message>
</context>
<context>
    <name>FrontTab</name>
    <message>
        <source>Train more slowly: the next lower speed (down to 1 step/s)</source>
        <translation>训练更慢：降到下一档速度（最低 1 步/秒）</translation>
    </message>
    <message>
        <source>Train faster: the next higher speed (up to full speed)</source>
        <translation>训练更快：升到下一档速度（最高为全速）</translation>
    </message>
    <message>
        <source>Off in the 32 seeds tab: a run trains every network at full speed</source>
        <translation>在“32 个种子”标签页中不可用：一次运行以全速训练每个网络</translation>
    </message>
    <message>
        <source>Start or pause training</source>
        <translation>开始或暂停训练</translation>
    </message>
    <message>
        <source>Train one step (one batch)</source>
        <translation>训练一步（一个批次）</translation>
    </message>
    <message>
        <source>Build the network again from the settings: a new start</source>
        <translation>按当前设置重新构建网络：重新开始</translation>
    </message>
    <message>
        <source>{burst}, then back to the rate set: kills ReLUs</source>
        <translation>{burst}，然后回到设定的学习率：会杀死 ReLU</translation>
    </message>
    <message>
        <source>Start or pause both Compare networks, in lockstep</source>
        <translation>同步开始或暂停两个对比网络</translation>
    </message>
    <message>
        <source>Both Compare networks take one step</source>
        <translation>两个对比网络各走一步</translation>
    </message>
    <message>
        <source>Start both Compare networks again from the same weights</source>
        <translation>让两个对比网络从相同的权重重新开始</translation>
    </message>
    <message>
        <source>Both Compare networks take {burst}, then go back to their rate</source>
        <translation>两个对比网络先{burst}，然后回到各自的学习率</translation>
    </message>
    <message>
        <source>Train the 32 seeds, or cancel the run</source>
        <translation>训练 32 个种子，或取消这次运行</translation>
    </message>
    <message>
        <source>Off in the 32 seeds tab: a run trains all its steps at once</source>
        <translation>在“32 个种子”标签页中不可用：一次运行会一口气训练完所有步</translation>
    </message>
    <message>
        <source>Off in the 32 seeds tab: each run starts from new networks</source>
        <translation>在“32 个种子”标签页中不可用：每次运行都从新网络开始</translation>
    </message>
    <message>
        <source>Off in the 32 seeds tab: tick “Burst first” before a run instead</source>
        <translation>在“32 个种子”标签页中不可用：请在运行前勾选“先冲击”</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>播放 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset network</source>
        <translation>重置网络(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Burst</source>
        <translation>冲击(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>减速(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>加速(&amp;F)</translation>
    </message>
    <message>
        <source>Compare: {said}</source>
        <translation>对比：{said}</translation>
    </message>
    <message>
        <source>Compare: both networks start again from the same weights</source>
        <translation>对比：两个网络从相同的权重重新开始</translation>
    </message>
    <message>
        <source>Compare, step: {steps}</source>
        <translation>对比，单步：{steps}</translation>
    </message>
    <message>
        <source>Compare, burst: {steps}</source>
        <translation>对比，冲击：{steps}</translation>
    </message>
    <message>
        <source>32 seeds: run cancelled</source>
        <translation>32 个种子：运行已取消</translation>
    </message>
    <message>
        <source>32 seeds: training every network of the run</source>
        <translation>32 个种子：正在训练本次运行的每个网络</translation>
    </message>
</context>
<context>
    <name>HistoryPlots</name>
    <message>
        <source>Loss (log scale)</source>
        <translation>损失（对数刻度）</translation>
    </message>
    <message>
        <source>Loss (log)</source>
        <translation>损失（对数）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Dead % per layer</source>
        <translation>各层死亡 %</translation>
    </message>
    <message>
        <source>Dead %</source>
        <translation>死亡 %</translation>
    </message>
    <message>
        <source>Dead % (- - inactive)</source>
        <translation>死亡 %（- - 不活跃）</translation>
    </message>
    <message>
        <source>Dead % (- - saturated)</source>
        <translation>死亡 %（- - 饱和）</translation>
    </message>
    <message>
        <source>Gradient size (log)</source>
        <translation>梯度大小（对数）</translation>
    </message>
    <message>
        <source>Gradient (log)</source>
        <translation>梯度（对数）</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>PReLU slope per layer</source>
        <translation>各层 PReLU 斜率</translation>
    </message>
    <message>
        <source>PReLU slope</source>
        <translation>PReLU 斜率</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>斜率</translation>
    </message>
    <message>
        <source>Training loss (solid) and test loss (dashed) over the steps, log scale</source>
        <translation>训练损失（实线）和测试损失（虚线）随步数的变化，对数刻度</translation>
    </message>
    <message>
        <source>Share of each hidden layer&apos;s units that are dead (solid: no gradient on any input). Dashed, for Leaky ReLU and PReLU: inactive but alive (below zero on every input, gradient still flows); for smooth activations: saturated (|f′| &lt; {floor} on every input, alive but numerically silent)</source>
        <translation>每个隐藏层中死亡单元的比例（实线：在任何输入上都没有梯度）。虚线，对 Leaky ReLU 和 PReLU：不活跃但存活（在每个输入上都低于零，梯度仍在流动）；对平滑激活函数：饱和（所有输入上 |f′| &lt; {floor}，存活但数值上沉默）</translation>
    </message>
    <message>
        <source>Size of each weight layer&apos;s gradient over the steps, log scale. Early layers far below late ones: vanishing gradients</source>
        <translation>每个权重层的梯度大小随步数的变化，对数刻度。前面的层远低于后面的层：梯度消失</translation>
    </message>
    <message>
        <source>PReLU only: each hidden layer&apos;s learned slope below zero, the mean over its units (each unit&apos;s own is the tick at its corner in the network picture). The dashed line is where they started; 0 would be ReLU, 1 a straight line</source>
        <translation>仅限 PReLU：每个隐藏层在零以下学到的斜率，取其各单元的平均（每个单元自己的斜率是网络图中其角上的刻度）。虚线是它们的起点；0 相当于 ReLU，1 相当于一条直线</translation>
    </message>
    <message>
        <source>training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>第 {n} 层</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Previous</source>
        <translation>上一课</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>上一课（Alt+左方向键）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一课</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation>下一课（Alt+右方向键）</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>课文</translation>
    </message>
    <message>
        <source>Show or fold the lesson&apos;s text (T)</source>
        <translation>显示或折叠课文（T）</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>冲击</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>观察要点</translation>
    </message>
    <message>
        <source>{steps} steps at learning rate {rate} for the networks shown, then back to their rate (B)</source>
        <translation>对所显示的网络以学习率 {rate} 训练 {steps} 步，然后回到各自的学习率（B）</translation>
    </message>
    <message>
        <source>Lesson {number} of {count}</source>
        <translation>第 {number} 课，共 {count} 课</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>1. The step function cannot learn</source>
        <translation>1. 阶跃函数无法学习</translation>
    </message>
    <message>
        <source>The step function fires 1 when z ≥ 0 and 0 below: a neuron either speaks or not. Its derivative is 0 everywhere (and undefined at 0), so no gradient reaches the hidden weights and they never change. The network view marks all 16 hidden units dead in this gradient sense, though each still fires on about half of the inputs (median 52 %). Only the output layer learns, and from hidden features that never change it cannot find the circle: press Play and the test accuracy stays near a coin toss (median 49 % after 5,000 steps).</source>
        <translation>阶跃函数在 z ≥ 0 时输出 1，低于 0 时输出 0：神经元要么发声，要么沉默。它的导数处处为 0（在 0 处无定义），因此没有梯度能到达隐藏层的权重，它们永远不会改变。网络视图按这种梯度意义把全部 16 个隐藏单元标为死亡，尽管每个单元仍对大约一半的输入放电（中位数 52 %）。只有输出层在学习，而隐藏特征始终不变，它就找不到那个圆：按“播放”，测试准确率一直停留在抛硬币的水平附近（5,000 步后中位数 49 %）。</translation>
    </message>
    <message>
        <source>The derivative plot is flat at 0; the hidden neurons&apos; pictures never change.</source>
        <translation>导数图平坦地贴在 0 上；隐藏神经元的小图从不改变。</translation>
    </message>
    <message>
        <source>2. Sigmoid and tanh: the vanishing gradient</source>
        <translation>2. sigmoid 与 tanh：梯度消失</translation>
    </message>
    <message>
        <source>Sigmoid is smooth, but its slope is at most 0.25. Going back through six layers the gradient is multiplied at every layer by such a slope (and by the weights), so the first layers hear little: over the first 1,000 steps the first layer&apos;s gradient is about 150 times smaller than the output layer&apos;s (median of 16 starting weights; about 3,000 times at step 0), and after 3,000 steps the network is still at a coin toss (median 49 %). Tanh&apos;s slope reaches 1 at zero: switch the activation to tanh and the first layer&apos;s gradient is no smaller than the output&apos;s, and the circle is learnt (median 100 % after 3,000 steps).</source>
        <translation>sigmoid 是平滑的，但其斜率最大只有 0.25。梯度反向穿过六层时，每一层都要乘以这样的斜率（还要乘以权重），因此前面的层几乎听不到什么：在前 1,000 步中，第一层的梯度比输出层小约 150 倍（16 组初始权重的中位数；第 0 步时约 3,000 倍），3,000 步后网络仍停留在抛硬币的水平（中位数 49 %）。tanh 的斜率在零处达到 1：把激活函数换成 tanh，第一层的梯度就不比输出层小，圆也能学会（3,000 步后中位数 100 %）。</translation>
    </message>
    <message>
        <source>Gradient size (log): “layer 1” runs about 150 times (two orders of magnitude) below “output”.</source>
        <translation>梯度大小（对数）：“第 1 层”比“输出”低约 150 倍（两个数量级）。</translation>
    </message>
    <message>
        <source>3. ReLU trains fast</source>
        <translation>3. ReLU 训练得快</translation>
    </message>
    <message>
        <source>ReLU passes z when it is positive and 0 otherwise. Its slope is exactly 1 wherever the unit is active, so the activation itself takes nothing from the gradient on its way back; only the weights and the units that are off shrink it. Put ReLU into lesson 2&apos;s six-layer network and its first layer gets about as much gradient as the output (median ratio 1.0 over the first 1,000 steps, against sigmoid&apos;s 150). It is also cheap to compute. This two-layer network with ReLU passes 90 % test accuracy on the circle within 300 steps (median of 16 starting weights); with sigmoid it is still near a coin toss after 1,000 steps (median 51 %).</source>
        <translation>ReLU 在 z 为正时原样传递 z，否则输出 0。只要单元处于激活状态，其斜率就恰好为 1，因此激活函数本身在梯度回传途中不削减任何东西；只有权重和关闭的单元会让梯度变小。把 ReLU 放进第 2 课的六层网络，第一层得到的梯度与输出层差不多（前 1,000 步的比值中位数为 1.0，而 sigmoid 为 150）。它的计算也很便宜。这个使用 ReLU 的两层网络在 300 步内就能在圆形数据上达到 90 % 的测试准确率（16 组初始权重的中位数）；换成 sigmoid，1,000 步后仍接近抛硬币的水平（中位数 51 %）。</translation>
    </message>
    <message>
        <source>Loss falls quickly; the decision boundary wraps the inner circle.</source>
        <translation>损失迅速下降；决策边界包住内圈。</translation>
    </message>
    <message>
        <source>4. Dying ReLU</source>
        <translation>4. 死亡 ReLU</translation>
    </message>
    <message>
        <source>ReLU&apos;s slope is 0 for every negative z. Press Space to train for a moment, then B for a Burst: 100 steps at learning rate 1, then back to 0.1. Its big, noisy steps shrink a dying unit&apos;s weights (about 7-fold) and pull its bias below zero until its z is negative for every training input: no water passes the tap, no gradient reaches its weights. Click a crossed neuron: the neuron inspector shows the histogram of its z over the training inputs, wholly left of zero. The burst kills a median of 8 of the 16 units (16 starting weights), and 60,000 steps later every one of them is still dead: each sees only the fixed data, so nothing can move its z again. In a deeper network a dead unit of a later layer can come back, because the layers below it keep learning and move its inputs.</source>
        <translation>ReLU 对每个负的 z 斜率都是 0。按空格键训练片刻，再按 B 进行冲击：以学习率 1 训练 100 步，然后回到 0.1。冲击中又大又嘈杂的步子会缩小濒死单元的权重（约 7 倍），并把它的偏置拉到零以下，直到它对每个训练输入的 z 都为负：水龙头不再出水，梯度也到不了它的权重。点击一个打叉的神经元：神经元检查器显示它在训练输入上的 z 直方图，完全位于零的左侧。冲击杀死的单元数中位数为 16 个中的 8 个（16 组初始权重），60,000 步之后它们仍然全部死亡：每个单元只看到固定的数据，没有什么能再移动它的 z。在更深的网络中，后面层的死亡单元可能复活，因为它下面的层仍在学习，会移动它的输入。</translation>
    </message>
    <message>
        <source>Dead neurons turn grey and crossed; the dead count jumps (about 8 / 16 in the median network) and never falls.</source>
        <translation>死亡神经元变灰并打叉；死亡计数跃升（中位数网络中约 8 / 16），并且再也不会下降。</translation>
    </message>
    <message>
        <source>5. Leaky ReLU keeps them alive</source>
        <translation>5. Leaky ReLU 让它们存活</translation>
    </message>
    <message>
        <source>Leaky ReLU lets a small slope alpha through for negative z: a hole in the pipe. The same burst on the same network pushes units below zero, but they are only inactive, not dead: the gradient still flows at slope alpha, so they keep learning and can come back. With alpha 0.1 the burst leaves a median of 5.5 of the 16 units inactive (16 starting weights), and 2,000 steps later 2 are left; with alpha 0.01 (PyTorch&apos;s default) it leaves 8, and 6.5 are still inactive 2,000 steps later. Try the burst, then set alpha to 0.01 and try again.</source>
        <translation>Leaky ReLU 对负的 z 放过一个小斜率 α：管道上的一个小孔。对同一个网络进行同样的冲击，会把单元推到零以下，但它们只是不活跃，并没有死亡：梯度仍以斜率 α 流动，因此它们继续学习，并能复活。α 为 0.1 时，冲击使 16 个单元中的 5.5 个（中位数，16 组初始权重）变得不活跃，2,000 步后剩下 2 个；α 为 0.01（PyTorch 的默认值）时留下 8 个，2,000 步后仍有 6.5 个不活跃。试一次冲击，然后把 α 设为 0.01 再试一次。</translation>
    </message>
    <message>
        <source>No neuron is crossed out; dashed (inactive) ones come back to life. Click one: its z histogram lies left of zero, yet its gradient flows at slope alpha.</source>
        <translation>没有神经元被打叉；虚线（不活跃）的神经元会重新活过来。点击其中一个：它的 z 直方图位于零的左侧，但梯度仍以斜率 α 流动。</translation>
    </message>
    <message>
        <source>6. Beyond: ELU, GELU, SiLU and PReLU</source>
        <translation>6. 更进一步：ELU、GELU、SiLU 和 PReLU</translation>
    </message>
    <message>
        <source>Newer activations keep ReLU&apos;s slope of 1 for large z but bend smoothly below zero: ELU levels off at -alpha, GELU and SiLU dip to -0.17 and -0.28. None has a flat half-line where a unit dies as a ReLU does, yet far below zero their slopes fade: under 10⁻¹² below z ≈ -28 for ELU, -7.6 for GELU and -31 for SiLU, exactly 0 below -38.6 for GELU and -745 for the other two. A unit that stays there is marked saturated, not dead. PReLU learns its negative slope for every unit, starting at 0.25: after 5,000 steps of this network the mean slope is about 0.12 in layer 1 and 0.06 in layer 2 (median of 16 starting weights), and 30 % of the slopes are below 0: such a unit&apos;s f grows on both sides of zero.</source>
        <translation>较新的激活函数在 z 较大时保留 ReLU 的斜率 1，但在零以下平滑地弯曲：ELU 趋于 -α，GELU 和 SiLU 下探到 -0.17 和 -0.28。它们都没有会让单元像 ReLU 那样死亡的平坦半直线，但远低于零时斜率会逐渐消失：ELU 在 z ≈ -28 以下、GELU 在 -7.6 以下、SiLU 在 -31 以下低于 10⁻¹²；GELU 在 -38.6 以下、另外两个在 -745 以下恰好为 0。停留在那里的单元被标为饱和，而不是死亡。PReLU 为每个单元学习自己的负斜率，从 0.25 开始：这个网络训练 5,000 步后，第 1 层的平均斜率约为 0.12，第 2 层约为 0.06（16 组初始权重的中位数），并且 30 % 的斜率低于 0：这样的单元的 f 在零的两侧都随 z 增大。</translation>
    </message>
    <message>
        <source>The slope tick on each unit and the “PReLU slope per layer” plot leave 0.25.</source>
        <translation>每个单元上的斜率刻度和“各层 PReLU 斜率”图偏离 0.25。</translation>
    </message>
    <message>
        <source>unknown lesson {name}; choose one of: {names}</source>
        <translation>未知的课程 {name}；请从以下选择：{names}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>explorer</source>
        <translation>探索器</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>训练器</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>水龙头</translation>
    </message>
    <message>
        <source>Activation explorer</source>
        <translation>激活函数探索器</translation>
    </message>
    <message>
        <source>Network trainer</source>
        <translation>网络训练器</translation>
    </message>
    <message>
        <source>Water tap</source>
        <translation>水龙头</translation>
    </message>
    <message>
        <source>Ready. Tick activations in the explorer to compare them; hover a plot to read f(z) and f′(z).</source>
        <translation>就绪。在探索器中勾选激活函数进行比较；将鼠标悬停在图上读取 f(z) 和 f′(z)。</translation>
    </message>
    <message>
        <source>Presentation mode: F11 or Esc to leave</source>
        <translation>演示模式：按 F11 或 Esc 退出</translation>
    </message>
    <message>
        <source>Presentation mode off</source>
        <translation>演示模式已关闭</translation>
    </message>
    <message>
        <source>On stage: {views}. Keys: 1 explorer, 2 trainer, 3 tap, 0 the lesson&apos;s stage; F11 or Esc leaves</source>
        <translation>舞台上：{views}。按键：1 探索器，2 训练器，3 水龙头，0 本课的舞台；F11 或 Esc 退出</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>舞台(&amp;S)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About reludesk</source>
        <translation>关于 reludesk</translation>
    </message>
    <message>
        <source>reludesk: why ReLU, why it dies, how Leaky ReLU helps</source>
        <translation>reludesk：为什么用 ReLU，它为什么会死亡，Leaky ReLU 如何帮忙</translation>
    </message>
    <message>
        <source>No translation into {language} is installed; the window stays as it was</source>
        <translation>未安装 {language} 的翻译；窗口保持原样</translation>
    </message>
</context>
<context>
    <name>MarkedSlider</name>
    <message>
        <source>Step {step}: {text}</source>
        <translation>第 {step} 步：{text}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>打开实验(&amp;O)…</translation>
    </message>
    <message>
        <source>Load a saved experiment (.reludesk.json)</source>
        <translation>载入已保存的实验 (.reludesk.json)</translation>
    </message>
    <message>
        <source>&amp;Save experiment…</source>
        <translation>保存实验(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the settings of this experiment (.reludesk.json)</source>
        <translation>保存此实验的设置 (.reludesk.json)</translation>
    </message>
    <message>
        <source>Save experiment with &amp;weights…</source>
        <translation>连同权重保存实验(&amp;W)…</translation>
    </message>
    <message>
        <source>Save the settings and the trained weights, to go on from here later</source>
        <translation>保存设置和训练好的权重，以便以后从这里继续</translation>
    </message>
    <message>
        <source>&amp;Export figure…</source>
        <translation>导出图形(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the explorer&apos;s f(z) and f′(z) plots as PNG or SVG, or the curves as CSV</source>
        <translation>将探索器的 f(z) 和 f′(z) 图保存为 PNG 或 SVG，或将曲线保存为 CSV</translation>
    </message>
    <message>
        <source>Export &amp;history as CSV…</source>
        <translation>将历史导出为 CSV(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the training history (loss, accuracy, dead share, gradient size) as CSV</source>
        <translation>将训练历史（损失、准确率、死亡比例、梯度大小）保存为 CSV</translation>
    </message>
    <message>
        <source>Screensho&amp;t of the window…</source>
        <translation>窗口截图(&amp;T)…</translation>
    </message>
    <message>
        <source>Save a picture of the whole window (PNG)</source>
        <translation>保存整个窗口的图片 (PNG)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close reludesk</source>
        <translation>关闭 reludesk</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large text, thick lines and strong contrast, for a projector (Esc leaves it)</source>
        <translation>全屏、大字、粗线条和强对比度，适合投影仪（按 Esc 退出）</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>把每个面板放回原来的位置</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>列出键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;About reludesk</source>
        <translation>关于 reludesk(&amp;A)</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>版本与致谢</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;plot</source>
        <translation>导出图表(&amp;P)</translation>
    </message>
    <message>
        <source>{plot}…</source>
        <translation>{plot}…</translation>
    </message>
    <message>
        <source>Save this plot as PNG or SVG: {plot}</source>
        <translation>将此图表保存为 PNG 或 SVG：{plot}</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>录制(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show or hide this panel: {panel}</source>
        <translation>显示或隐藏此面板：{panel}</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Colours: {theme}</source>
        <translation>配色：{theme}</translation>
    </message>
    <message>
        <source>&amp;Import points (CSV)…</source>
        <translation>导入点 (CSV)(&amp;I)…</translation>
    </message>
    <message>
        <source>Train on points read from a CSV file (x1,x2,label); the network keeps its weights</source>
        <translation>用从 CSV 文件读取的点（x1,x2,label）训练；网络保留其权重</translation>
    </message>
    <message>
        <source>Export p&amp;oints (CSV)…</source>
        <translation>导出点 (CSV)(&amp;O)…</translation>
    </message>
    <message>
        <source>Save the points in use, train and test, as CSV (x1,x2,label)</source>
        <translation>将正在使用的点（训练和测试）保存为 CSV（x1,x2,label）</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip}（{keys}）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
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
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Mouse over a plot</source>
        <translation>鼠标移到图上</translation>
    </message>
    <message>
        <source>Read z, f(z) and f′(z)</source>
        <translation>读取 z、f(z) 和 f′(z)</translation>
    </message>
    <message>
        <source>Drag / wheel on a plot</source>
        <translation>在图上拖动 / 滚轮</translation>
    </message>
    <message>
        <source>Pan / zoom; right-click for more</source>
        <translation>平移 / 缩放；右键查看更多</translation>
    </message>
    <message>
        <source>Click a legend line</source>
        <translation>点击图例中的线</translation>
    </message>
    <message>
        <source>Hide that activation</source>
        <translation>隐藏该激活函数</translation>
    </message>
    <message>
        <source>A desktop simulator that shows why ReLU replaced step, sigmoid and tanh, why ReLU neurons die, and how Leaky ReLU keeps them alive.</source>
        <translation>一个桌面模拟器，展示 ReLU 为什么取代了阶跃函数、sigmoid 和 tanh，ReLU 神经元为什么会死亡，以及 Leaky ReLU 如何让它们存活。</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>MIT 许可证。</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} 必须是整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>layer must be a hidden layer, 0 to {last}, got {layer}</source>
        <translation>layer 必须是隐藏层，0 到 {last}，收到的是 {layer}</translation>
    </message>
    <message>
        <source>unit must be 0 to {last} in layer {layer}, got {unit}</source>
        <translation>第 {layer} 层中的 unit 必须是 0 到 {last}，收到的是 {unit}</translation>
    </message>
    <message>
        <source>replica must be 0 to {last}, got {replica}</source>
        <translation>replica 必须是 0 到 {last}，收到的是 {replica}</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>the bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>a kill bias needs at least one input row</source>
        <translation>杀死单元的偏置至少需要一行输入</translation>
    </message>
    <message>
        <source>this unit&apos;s inputs are not finite numbers, so no bias can kill it</source>
        <translation>该单元的输入不是有限数，因此没有偏置能杀死它</translation>
    </message>
    <message>
        <source>{what} must be numbers</source>
        <translation>{what}必须是数字</translation>
    </message>
    <message>
        <source>{what} must be {count} numbers, got shape {shape}</source>
        <translation>{what}必须是 {count} 个数字，收到的形状为 {shape}</translation>
    </message>
    <message>
        <source>{what} must be one number, got shape {shape}</source>
        <translation>{what}必须是一个数字，收到的形状为 {shape}</translation>
    </message>
    <message>
        <source>{what} must be finite numbers (no nan or infinity)</source>
        <translation>{what}必须是有限数（不能是 nan 或无穷大）</translation>
    </message>
    <message>
        <source>{what} must lie within ±{limit}</source>
        <translation>{what}必须在 ±{limit} 以内</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Your own data: {points} points ({train} train, {test} test); the network trains on with its weights</source>
        <translation>你自己的数据：{points} 个点（训练 {train}，测试 {test}）；网络保留权重继续训练</translation>
    </message>
    <message>
        <source>New data (data seed {seed}): the network keeps its weights</source>
        <translation>新数据（数据种子 {seed}）：网络保留其权重</translation>
    </message>
    <message>
        <source>New weights (seed {seed}) on the same data</source>
        <translation>新权重（种子 {seed}），数据不变</translation>
    </message>
    <message>
        <source>Speed: {speed}</source>
        <translation>速度：{speed}</translation>
    </message>
    <message>
        <source>Learning rate {rate}: the network trains on from here</source>
        <translation>学习率 {rate}：网络从这里继续训练</translation>
    </message>
    <message>
        <source>Step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <source>A new network from the current settings</source>
        <translation>按当前设置新建的网络</translation>
    </message>
    <message>
        <source>Burst: {burst}; back to {rate}</source>
        <translation>冲击：{burst}；回到 {rate}</translation>
    </message>
    <message>
        <source>Paused at step {step}</source>
        <translation>暂停于第 {step} 步</translation>
    </message>
    <message>
        <source>Training has stopped; lower the learning rate, then Reset</source>
        <translation>训练已停止；请降低学习率，然后重置</translation>
    </message>
    <message>
        <source>Not applied: {message}. The network keeps its previous settings.</source>
        <translation>未应用：{message}。网络保留之前的设置。</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>alive</source>
        <translation>存活</translation>
    </message>
    <message>
        <source>inactive but alive</source>
        <translation>不活跃但存活</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>饱和</translation>
    </message>
    <message>
        <source>Alive: bar = share of inputs it fires on</source>
        <translation>存活：条形 = 放电占比</translation>
    </message>
    <message>
        <source>Alive (bar: share firing)</source>
        <translation>存活（条形：放电比例）</translation>
    </message>
    <message>
        <source>Inactive but alive: z &lt; 0 everywhere, gradient still leaks</source>
        <translation>不活跃但存活：z 恒 &lt; 0，仍漏梯度</translation>
    </message>
    <message>
        <source>Inactive, still leaks gradient</source>
        <translation>不活跃，仍泄漏梯度</translation>
    </message>
    <message>
        <source>Dead: no gradient; its weights go grey</source>
        <translation>死亡：无梯度，权重变灰</translation>
    </message>
    <message>
        <source>Dead: no gradient</source>
        <translation>死亡：无梯度</translation>
    </message>
    <message>
        <source>Dead in the gradient sense: f′ = 0, though it may fire</source>
        <translation>梯度意义上的死亡：f′ = 0，但可能放电</translation>
    </message>
    <message>
        <source>Dead: f′ = 0, may still fire</source>
        <translation>死亡：f′ = 0，仍可能放电</translation>
    </message>
    <message>
        <source>Saturated: |f′| &lt; {floor} on every input (alive, numerically silent)</source>
        <translation>饱和：|f′| 恒 &lt; {floor}（存活，数值上沉默）</translation>
    </message>
    <message>
        <source>Saturated: |f′| &lt; {floor}</source>
        <translation>饱和：|f′| &lt; {floor}</translation>
    </message>
    <message>
        <source>Tick: its learned slope below zero</source>
        <translation>刻度：学到的负侧斜率</translation>
    </message>
    <message>
        <source>Tick: learned slope</source>
        <translation>刻度：学到的斜率</translation>
    </message>
    <message>
        <source>Weights: blue +, orange −, thicker = larger |w|</source>
        <translation>权重：蓝正橙负，越粗 |w| 越大</translation>
    </message>
    <message>
        <source>Weights + / −</source>
        <translation>权重 + / −</translation>
    </message>
    <message>
        <source>(strongest weights only)</source>
        <translation>（仅最强的权重）</translation>
    </message>
    <message>
        <source>(big layers: only the strongest weights)</source>
        <translation>（大的层：仅显示最强的权重）</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>In</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Hidden {n}</source>
        <translation>隐藏层 {n}</translation>
    </message>
    <message>
        <source>H{n}</source>
        <translation>H{n}</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>output {n}</source>
        <translation>输出 {n}</translation>
    </message>
    <message>
        <source>neuron {unit} of hidden layer {layer}</source>
        <translation>隐藏层 {layer} 的神经元 {unit}</translation>
    </message>
    <message>
        <source>{n} dead</source>
        <translation>{n} 个死亡</translation>
    </message>
    <message>
        <source>{n} inactive</source>
        <translation>{n} 个不活跃</translation>
    </message>
    <message>
        <source>{n} saturated</source>
        <translation>{n} 个饱和</translation>
    </message>
    <message>
        <source> sat</source>
        <translation> 饱和</translation>
    </message>
    <message>
        <source>all alive</source>
        <translation>全部存活</translation>
    </message>
    <message>
        <source>{name} - click to stop using it
{tip}</source>
        <translation>{name} - 点击停用
{tip}</translation>
    </message>
    <message>
        <source>{name} - click to use it
{tip}</source>
        <translation>{name} - 点击启用
{tip}</translation>
    </message>
    <message>
        <source>not a number (training diverged)</source>
        <translation>非数字（训练已发散）</translation>
    </message>
    <message>
        <source>dead in the gradient sense: a step&apos;s f′(z) is 0 at every z, so though it fires on {share} of training inputs, no gradient reaches its weights</source>
        <translation>梯度意义上的死亡：阶跃函数的 f′(z) 在每个 z 处都为 0，因此尽管它对 {share} 的训练输入放电，也没有梯度到达它的权重</translation>
    </message>
    <message>
        <source>f′(z) = 0 on every training input, so no gradient reaches its weights; nothing can bring it back: its inputs are the fixed data</source>
        <translation>在每个训练输入上 f′(z) = 0，因此没有梯度到达它的权重；什么也无法让它复活：它的输入是固定的数据</translation>
    </message>
    <message>
        <source>f′(z) = 0 on every training input, so no gradient reaches its weights; it comes back only if the layers below move its inputs above zero</source>
        <translation>在每个训练输入上 f′(z) = 0，因此没有梯度到达它的权重；只有下面的层把它的输入推到零以上时，它才会复活</translation>
    </message>
    <message>
        <source>|f′(z)| &lt; {floor} on every training input: mathematically alive, numerically silent (its gradient is not exactly 0, as a dead ReLU&apos;s is, but far too small to move its weights)</source>
        <translation>在每个训练输入上 |f′(z)| &lt; {floor}：数学上存活，数值上沉默（它的梯度不像死亡 ReLU 那样恰好为 0，但小得远不足以移动权重）</translation>
    </message>
    <message>
        <source>its learned slope {slope}</source>
        <translation>它学到的斜率 {slope}</translation>
    </message>
    <message>
        <source>slope α = {alpha}</source>
        <translation>斜率 α = {alpha}</translation>
    </message>
    <message>
        <source>z &lt; 0 on every training input, yet gradient still flows at {slope}, so it can revive</source>
        <translation>在每个训练输入上 z &lt; 0，但梯度仍以 {slope} 流动，因此它可以复活</translation>
    </message>
    <message>
        <source>gradient reaches its weights from some training inputs</source>
        <translation>梯度能从部分训练输入到达它的权重</translation>
    </message>
    <message>
        <source>Bias: {bias}</source>
        <translation>偏置：{bias}</translation>
    </message>
    <message>
        <source>Gradient norm of its incoming weights: {norm}</source>
        <translation>其输入权重的梯度范数：{norm}</translation>
    </message>
    <message>
        <source>Output neuron: the probability of class 1 over the input plane</source>
        <translation>输出神经元：输入平面上类别 1 的概率</translation>
    </message>
    <message>
        <source>Output neuron: the predicted value over the input plane</source>
        <translation>输出神经元：输入平面上的预测值</translation>
    </message>
    <message>
        <source>Hidden layer {layer}, neuron {unit}</source>
        <translation>隐藏层 {layer}，神经元 {unit}</translation>
    </message>
    <message>
        <source>State: {state}: {reason}</source>
        <translation>状态：{state}：{reason}</translation>
    </message>
    <message>
        <source>Active share: fires (z &gt; 0) on {share} of training inputs</source>
        <translation>激活比例：对 {share} 的训练输入放电（z &gt; 0）</translation>
    </message>
    <message>
        <source>Mean z over training inputs: {mean}</source>
        <translation>训练输入上 z 的均值：{mean}</translation>
    </message>
    <message>
        <source>Learned slope below zero: {slope} (the tick at its corner)</source>
        <translation>在零以下学到的斜率：{slope}（其角上的刻度）</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>未知比例</translation>
    </message>
</context>
<context>
    <name>NetworkViewAccessible</name>
    <message>
        <source>Network: neurons and weights</source>
        <translation>网络：神经元和权重</translation>
    </message>
    <message>
        <source>Every input and neuron with its state. Tab into it; the arrow keys move between neurons, Enter opens the inspector on one (or toggles an input), Escape clears the selection</source>
        <translation>每个输入和神经元及其状态。用 Tab 进入；方向键在神经元之间移动，Enter 打开某个神经元的检查器（或切换某个输入），Escape 清除选择</translation>
    </message>
    <message>
        <source>no gradient</source>
        <translation>无梯度</translation>
    </message>
    <message>
        <source>z &lt; 0 everywhere, gradient still leaks</source>
        <translation>处处 z &lt; 0，梯度仍在泄漏</translation>
    </message>
    <message>
        <source>|f′| &lt; {floor} on every input</source>
        <translation>所有输入上 |f′| &lt; {floor}</translation>
    </message>
    <message>
        <source>f′ = 0, may still fire</source>
        <translation>f′ = 0，仍可能放电</translation>
    </message>
    <message>
        <source>Input {label}, in use</source>
        <translation>输入 {label}，已启用</translation>
    </message>
    <message>
        <source>Input {label}, not in use</source>
        <translation>输入 {label}，未启用</translation>
    </message>
    <message>
        <source>Output neuron</source>
        <translation>输出神经元</translation>
    </message>
    <message>
        <source>Output neuron {unit}</source>
        <translation>输出神经元 {unit}</translation>
    </message>
    <message>
        <source>an unknown share</source>
        <translation>未知比例</translation>
    </message>
    <message>
        <source>Hidden layer {layer}, neuron {unit}: {state}, fires on {share} of training inputs</source>
        <translation>隐藏层 {layer}，神经元 {unit}：{state}，对 {share} 的训练输入放电</translation>
    </message>
    <message>
        <source>Enter does what a click does</source>
        <translation>Enter 的作用与点击相同</translation>
    </message>
    <message>
        <source>Press Enter to inspect it</source>
        <translation>按 Enter 检查它</translation>
    </message>
</context>
<context>
    <name>NeuronInspector</name>
    <message>
        <source>Show on the output plot</source>
        <translation>在输出图上显示</translation>
    </message>
    <message>
        <source>Draw this neuron&apos;s output over the input plane in the big plot</source>
        <translation>在大图中绘制该神经元在输入平面上的输出</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>杀死</translation>
    </message>
    <message>
        <source>Push the bias down just far enough that z &lt; 0 on every training input</source>
        <translation>把偏置压低到刚好使每个训练输入上 z &lt; 0</translation>
    </message>
    <message>
        <source>Revive</source>
        <translation>复活</translation>
    </message>
    <message>
        <source>Draw this neuron&apos;s weights and bias afresh, as the network&apos;s initialiser does</source>
        <translation>像网络的初始化器那样，重新抽取该神经元的权重和偏置</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>撤销上一次编辑</translation>
    </message>
    <message>
        <source>Undo the last edit ({keys}): the numbers come back exactly</source>
        <translation>撤销上一次编辑（{keys}）：数值会精确恢复</translation>
    </message>
    <message>
        <source>Neuron {unit} of hidden layer {layer}: {state}</source>
        <translation>隐藏层 {layer} 的神经元 {unit}：{state}</translation>
    </message>
    <message>
        <source>from x{n}</source>
        <translation>来自 x{n}</translation>
    </message>
    <message>
        <source>from neuron {n}</source>
        <translation>来自神经元 {n}</translation>
    </message>
    <message>
        <source>Click a neuron in the network to look inside it</source>
        <translation>点击网络中的一个神经元来查看其内部</translation>
    </message>
</context>
<context>
    <name>OutputTools</name>
    <message>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>Draw your own points on the plot: left click class A (orange), right click class B (blue); for regression the value beside it (right click: its negative). The network trains on, with the weights it has</source>
        <translation>在图上绘制你自己的点：左键为类别 A（橙色），右键为类别 B（蓝色）；回归任务则使用旁边的数值（右键：取其相反数）。网络以现有权重继续训练</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>While on, a click removes the point nearest to it</source>
        <translation>开启时，点击会删除离它最近的点</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every point, to draw a data set from nothing</source>
        <translation>删除所有点，从零开始绘制数据集</translation>
    </message>
    <message>
        <source>Target of a left click (regression); a right click draws its negative</source>
        <translation>左键点击的目标值（回归）；右键绘制其相反数</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Show the test points (rings)</source>
        <translation>显示测试点（圆环）</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Colour the plane by the class the network predicts (output ≥ 0.5), or the sign of its output for regression, instead of the output itself</source>
        <translation>按网络预测的类别（输出 ≥ 0.5）为平面着色，回归任务则按输出的正负着色，而不是按输出值本身</translation>
    </message>
    <message>
        <source>Import points…</source>
        <translation>导入点…</translation>
    </message>
    <message>
        <source>Read points from a CSV file (x1,x2,label)</source>
        <translation>从 CSV 文件读取点（x1,x2,label）</translation>
    </message>
    <message>
        <source>Export points…</source>
        <translation>导出点…</translation>
    </message>
    <message>
        <source>Save the points in use as a CSV file (x1,x2,label)</source>
        <translation>将正在使用的点保存为 CSV 文件（x1,x2,label）</translation>
    </message>
</context>
<context>
    <name>PanelLayout</name>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>训练占比</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Slope α</source>
        <translation>斜率 α</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Init weights</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Regularize</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Reg. rate</source>
        <translation>正则化率</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>task must be one of: {tasks}; got {task}</source>
        <translation>task 必须是以下之一：{tasks}；收到的是 {task}</translation>
    </message>
    <message>
        <source>points need X (n, 2) and y (n,), got {x_shape} and {y_shape}</source>
        <translation>点需要 X (n, 2) 和 y (n,)，收到的是 {x_shape} 和 {y_shape}</translation>
    </message>
    <message>
        <source>at most {most} points are allowed, got {count}</source>
        <translation>最多允许 {most} 个点，收到 {count} 个</translation>
    </message>
    <message>
        <source>every coordinate and label must be a finite number</source>
        <translation>每个坐标和标签都必须是有限数</translation>
    </message>
    <message>
        <source>coordinates must lie in [-{limit}, {limit}]</source>
        <translation>坐标必须位于 [-{limit}, {limit}] 内</translation>
    </message>
    <message>
        <source>at most {most} points are allowed; erase some first</source>
        <translation>最多允许 {most} 个点；请先擦除一些</translation>
    </message>
    <message>
        <source>points must be an object with &quot;task&quot; and &quot;rows&quot;</source>
        <translation>points 必须是包含 &quot;task&quot; 和 &quot;rows&quot; 的对象</translation>
    </message>
    <message>
        <source>points.rows must be a list of [x1, x2, label] rows</source>
        <translation>points.rows 必须是由 [x1, x2, label] 行组成的列表</translation>
    </message>
    <message>
        <source>points.rows holds {count} rows; at most {most}</source>
        <translation>points.rows 有 {count} 行；最多 {most} 行</translation>
    </message>
    <message>
        <source>points.rows[{index}] must be three numbers [x1, x2, label]</source>
        <translation>points.rows[{index}] 必须是三个数字 [x1, x2, label]</translation>
    </message>
    <message>
        <source>points: {reason}</source>
        <translation>points：{reason}</translation>
    </message>
    <message>
        <source>label {label}: a class is 0 (class A, orange) or 1 (class B, blue)</source>
        <translation>标签 {label}：类别为 0（类别 A，橙色）或 1（类别 B，蓝色）</translation>
    </message>
    <message>
        <source>target {target} is outside [-1, 1], the range of a regression target</source>
        <translation>目标值 {target} 超出 [-1, 1]，即回归目标的范围</translation>
    </message>
    <message>
        <source>{file}, line {line}: no column {missing}; the first line must name the columns {header}</source>
        <translation>{file}，第 {line} 行：没有列 {missing}；第一行必须列出列名 {header}</translation>
    </message>
    <message>
        <source>{file}, line {line}: a point beyond the first {most}; at most {most} points are read</source>
        <translation>{file}，第 {line} 行：超出前 {most} 个点的点；最多读取 {most} 个点</translation>
    </message>
    <message>
        <source>{file}, line {line}: {count} values, but the first line names {columns} columns</source>
        <translation>{file}，第 {line} 行：{count} 个值，但第一行列出了 {columns} 列</translation>
    </message>
    <message>
        <source>{file}: it is empty; the first line must be {header}</source>
        <translation>{file}：文件为空；第一行必须是 {header}</translation>
    </message>
    <message>
        <source>{file}: it holds no points, only the line naming the columns</source>
        <translation>{file}：没有任何点，只有列名那一行</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}，第 {line} 行</translation>
    </message>
    <message>
        <source>{where}: {column} is {text}, not a number</source>
        <translation>{where}：{column} 是 {text}，不是数字</translation>
    </message>
    <message>
        <source>{where}: {column} is {text}; every value must be a finite number</source>
        <translation>{where}：{column} 是 {text}；每个值都必须是有限数</translation>
    </message>
    <message>
        <source>{where}: {column} = {value} is outside [-{limit}, {limit}]</source>
        <translation>{where}：{column} = {value} 超出 [-{limit}, {limit}]</translation>
    </message>
    <message>
        <source>{where}: label {text}; for classification a label is 0 (class A, orange) or 1 (class B, blue)</source>
        <translation>{where}：标签 {text}；分类任务的标签为 0（类别 A，橙色）或 1（类别 B，蓝色）</translation>
    </message>
    <message>
        <source>{where}: label {value} is outside [-1, 1], the range of a regression target</source>
        <translation>{where}：标签 {value} 超出 [-1, 1]，即回归目标的范围</translation>
    </message>
</context>
<context>
    <name>PointsIO</name>
    <message>
        <source>Points as CSV (*.csv);;All files (*)</source>
        <translation>点 CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import points</source>
        <translation>导入点</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>导出点</translation>
    </message>
    <message>
        <source>{problem} The data in use is unchanged.</source>
        <translation>{problem} 正在使用的数据未改变。</translation>
    </message>
    <message>
        <source>Read {count} points from {name}: the network trains on them with the weights it has</source>
        <translation>从 {name} 读取了 {count} 个点：网络以现有权重在这些点上训练</translation>
    </message>
    <message>
        <source>Saved {count} points to {path}</source>
        <translation>已将 {count} 个点保存到 {path}</translation>
    </message>
</context>
<context>
    <name>PropertiesTable</name>
    <message>
        <source>Measured when the table is first shown; one moment.</source>
        <translation>首次显示表格时测量；请稍候。</translation>
    </message>
</context>
<context>
    <name>RecordControl</name>
    <message>
        <source>A recording is still being written; wait for it to finish</source>
        <translation>仍在写入一段录制；请等待它完成</translation>
    </message>
    <message>
        <source>Recording {target} to {name}: press Esc to stop</source>
        <translation>正在将{target}录制到 {name}：按 Esc 停止</translation>
    </message>
    <message>
        <source>Writing {frames} frames to {name}… ({why})</source>
        <translation>正在将 {frames} 帧写入 {name}…（{why}）</translation>
    </message>
    <message>
        <source>Writing {frames} frames to {name}…</source>
        <translation>正在将 {frames} 帧写入 {name}…</translation>
    </message>
    <message>
        <source>Saved {name}: {frames} frames, {size}</source>
        <translation>已保存 {name}：{frames} 帧，{size}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>GIF (animated picture: slides, web pages)</source>
        <translation>GIF（动图：幻灯片、网页）</translation>
    </message>
    <message>
        <source>MP4 (video)</source>
        <translation>MP4（视频）</translation>
    </message>
    <message>
        <source>Record the window or one panel as a GIF or MP4</source>
        <translation>将窗口或某个面板录制为 GIF 或 MP4</translation>
    </message>
    <message>
        <source>Record the window or one panel as a GIF ({hint})</source>
        <translation>将窗口或某个面板录制为 GIF（{hint}）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <source> frames a second</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source> s at most (Esc stops sooner)</source>
        <translation> 秒以内（按 Esc 可提前停止）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Record to</source>
        <translation>录制保存到</translation>
    </message>
</context>
<context>
    <name>RecordIndicator</name>
    <message>
        <source>Recording: press Esc to stop and save</source>
        <translation>正在录制：按 Esc 停止并保存</translation>
    </message>
    <message>
        <source>● REC {time}</source>
        <translation>● REC {time}</translation>
    </message>
    <message>
        <source>Recording, {n} seconds</source>
        <translation>正在录制，{n} 秒</translation>
    </message>
    <message>
        <source>Saving… {percent} %</source>
        <translation>正在保存… {percent} %</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>there was not enough memory for its frames</source>
        <translation>内存不足，无法容纳其帧</translation>
    </message>
    <message>
        <source>a frame could not be kept ({problem})</source>
        <translation>有一帧无法保留（{problem}）</translation>
    </message>
    <message>
        <source>{name}: it could not be written ({error})</source>
        <translation>{name}：无法写入（{error}）</translation>
    </message>
    <message>
        <source>the memory set aside for frames is full</source>
        <translation>为帧预留的内存已满</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>{name}: a recording is saved as {allowed}</source>
        <translation>{name}：录制保存为 {allowed}</translation>
    </message>
    <message>
        <source>{name}: a recording is saved as {allowed} ({hint})</source>
        <translation>{name}：录制保存为 {allowed}（{hint}）</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Whole window</source>
        <translation>整个窗口</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Network output plot</source>
        <translation>网络输出图</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>损失图</translation>
    </message>
    <message>
        <source>Water tap</source>
        <translation>水龙头</translation>
    </message>
    <message>
        <source>Activation explorer</source>
        <translation>激活函数探索器</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>写入中</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, e.g. 800x600, got {text}</source>
        <translation>--size 必须是以像素为单位的 WIDTHxHEIGHT，例如 800x600，收到的是 {text}</translation>
    </message>
    <message>
        <source>--size sides must be {low} to {high} pixels, got {width}x{height}</source>
        <translation>--size 的边长必须在 {low} 到 {high} 像素之间，收到的是 {width}x{height}</translation>
    </message>
    <message>
        <source>--out: the folder {folder} does not exist</source>
        <translation>--out：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>--out must end in .gif, .mp4 or .png, or be a folder, got {text}</source>
        <translation>--out 必须以 .gif、.mp4 或 .png 结尾，或者是一个文件夹，收到的是 {text}</translation>
    </message>
    <message>
        <source>--lesson: unknown lesson {lesson}; choose one of: {names}</source>
        <translation>--lesson：未知的课程 {lesson}；请从以下选择：{names}</translation>
    </message>
    <message>
        <source>--panel: unknown panel {panel}; choose one of: {names}</source>
        <translation>--panel：未知的面板 {panel}；请从以下选择：{names}</translation>
    </message>
    <message>
        <source>--steps must be 1 to {most}, got {steps}</source>
        <translation>--steps 必须在 1 到 {most} 之间，收到的是 {steps}</translation>
    </message>
    <message>
        <source>--burst-at must be 0 to --steps ({steps}), got {burst_at}</source>
        <translation>--burst-at 必须在 0 到 --steps（{steps}）之间，收到的是 {burst_at}</translation>
    </message>
    <message>
        <source>--fps must be 1 to {most}, got {fps}</source>
        <translation>--fps 必须在 1 到 {most} 之间，收到的是 {fps}</translation>
    </message>
    <message>
        <source>--every must be at least 1 step, got {every}</source>
        <translation>--every 至少为 1 步，收到的是 {every}</translation>
    </message>
    <message>
        <source>--every {every} makes {frames} frames, at most {most}: take --every {least} or more</source>
        <translation>--every {every} 会产生 {frames} 帧，最多 {most} 帧：请用 --every {least} 或更大的值</translation>
    </message>
    <message>
        <source>the frames filled {mb} MB at frame {k}: take a larger --every or a smaller --size</source>
        <translation>在第 {k} 帧时帧数据已占用 {mb} MB：请用更大的 --every 或更小的 --size</translation>
    </message>
    <message>
        <source>{title}  ·  step {step}  ·  burst: learning rate {rate}</source>
        <translation>{title}  ·  第 {step} 步  ·  冲击：学习率 {rate}</translation>
    </message>
    <message>
        <source>{title}  ·  step {step}</source>
        <translation>{title}  ·  第 {step} 步</translation>
    </message>
    <message>
        <source>{prog}: error: {reason}</source>
        <translation>{prog}：错误：{reason}</translation>
    </message>
    <message>
        <source>Render a lesson&apos;s run offscreen, for slides: a GIF, an MP4 or a series of PNG files.</source>
        <translation>在后台渲染一节课程的运行过程，用于幻灯片：GIF、MP4 或一系列 PNG 文件。</translation>
    </message>
    <message>
        <source>one of: {names}</source>
        <translation>以下之一：{names}</translation>
    </message>
    <message>
        <source>step of the burst ({steps} steps at learning rate {rate}); none if left out</source>
        <translation>冲击开始的步数（以学习率 {rate} 训练 {steps} 步）；省略则不冲击</translation>
    </message>
    <message>
        <source>steps to train in all</source>
        <translation>总共训练的步数</translation>
    </message>
    <message>
        <source>file .gif, .mp4 or .png (a numbered series), or a folder</source>
        <translation>文件 .gif、.mp4 或 .png（带编号的系列），或一个文件夹</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT in pixels (default {size}, the window {window})</source>
        <translation>以像素为单位的 WIDTHxHEIGHT（默认 {size}，窗口为 {window}）</translation>
    </message>
    <message>
        <source>frames a second (default %(default)s)</source>
        <translation>每秒帧数（默认 %(default)s）</translation>
    </message>
    <message>
        <source>a frame every N steps (default: about {seconds} s of video)</source>
        <translation>每 N 步一帧（默认：约 {seconds} 秒的视频）</translation>
    </message>
    <message>
        <source>no caption strip (lesson, step, burst) at the foot</source>
        <translation>底部不显示说明条（课程、步数、冲击）</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>wrote {path} ({size})</source>
        <translation>已写入 {path}（{size}）</translation>
    </message>
</context>
<context>
    <name>SeedHistogram</name>
    <message>
        <source>networks</source>
        <translation>网络数</translation>
    </message>
    <message>
        <source>share of hidden units (%)</source>
        <translation>隐藏单元比例 (%)</translation>
    </message>
    <message>
        <source>Each bar counts the networks that ended with that share of dead units</source>
        <translation>每个条形统计以该死亡单元比例结束的网络数</translation>
    </message>
    <message>
        <source>median {value:.0f} %</source>
        <translation>中位数 {value:.0f} %</translation>
    </message>
    <message>
        <source>Dead units per network, {seeds} seeds</source>
        <translation>每个网络的死亡单元，{seeds} 个种子</translation>
    </message>
    <message>
        <source>dead (no gradient)</source>
        <translation>死亡（无梯度）</translation>
    </message>
</context>
<context>
    <name>SeedStatsPanel</name>
    <message>
        <source>Press “Train {seeds} seeds” to see how often this network loses its neurons.</source>
        <translation>按“训练 {seeds} 个种子”，看看这个网络有多经常失去它的神经元。</translation>
    </message>
    <message>
        <source>Train {seeds} seeds</source>
        <translation>训练 {seeds} 个种子</translation>
    </message>
    <message>
        <source>Train this configuration {seeds} times at once, from {seeds} different starting weights (same data, same batches), and count the dead units of each network</source>
        <translation>从 {seeds} 组不同的初始权重（相同数据、相同批次）出发，同时将此配置训练 {seeds} 次，并统计每个网络的死亡单元</translation>
    </message>
    <message>
        <source>Burst first ({burst})</source>
        <translation>先冲击（{burst}）</translation>
    </message>
    <message>
        <source>A too-high learning rate for a moment: this is what kills ReLUs</source>
        <translation>短暂使用过高的学习率：正是这会杀死 ReLU</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>Steps at the configuration&apos;s own learning rate</source>
        <translation>以配置自身的学习率训练的步数</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>then</source>
        <translation>然后</translation>
    </message>
    <message>
        <source>{activation} · hidden {hidden} · {dataset} · learning rate {rate} · batch {batch} · {init} init · {optimizer}</source>
        <translation>{activation} · 隐藏层 {hidden} · {dataset} · 学习率 {rate} · 批 {batch} · {init} 初始化 · {optimizer}</translation>
    </message>
    <message>
        <source>Run before: {summary}</source>
        <translation>上次运行：{summary}</translation>
    </message>
    <message>
        <source>after {calm} steps at learning rate {rate}</source>
        <translation>以学习率 {rate} 训练 {calm} 步后</translation>
    </message>
    <message>
        <source>after a burst of {burst} and {calm} calm steps at {rate}</source>
        <translation>经过冲击（{burst}）和 {calm} 步学习率 {rate} 的平稳训练后</translation>
    </message>
</context>
<context>
    <name>SeedsSummary</name>
    <message>
        <source>(the middle half all at {share})</source>
        <translation>（中间一半都在 {share}）</translation>
    </message>
    <message>
        <source>(the middle half between {low} and {high})</source>
        <translation>（中间一半在 {low} 到 {high} 之间）</translation>
    </message>
    <message>
        <source>Inactive but still learning (gradient leaks through, so they can revive)</source>
        <translation>不活跃但仍在学习（梯度泄漏通过，因此可以复活）</translation>
    </message>
    <message>
        <source>Saturated (|f′| below {floor} on every input: mathematically alive, numerically silent)</source>
        <translation>饱和（所有输入上 |f′| 低于 {floor}：数学上存活，数值上沉默）</translation>
    </message>
    <message>
        <source>{title}: all {n} networks diverged, so there is nothing to count. Lower the learning rate and run again.</source>
        <translation>{title}：全部 {n} 个网络都已发散，没有可统计的。请降低学习率后再运行。</translation>
    </message>
    <message>
        <source>{title}: median {median} dead over {n} seeds {spread}, {steps}.</source>
        <translation>{title}：{n} 个种子中死亡数中位数为 {median} {spread}，{steps}。</translation>
    </message>
    <message>
        <source>{words}: median {median} {spread}.</source>
        <translation>{words}：中位数 {median} {spread}。</translation>
    </message>
    <message>
        <source>{n} diverged and is not counted.</source>
        <translation>{n} 个发散，未计入。</translation>
    </message>
    <message>
        <source>{n} diverged and are not counted.</source>
        <translation>{n} 个发散，未计入。</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>&amp;Lesson&apos;s stage</source>
        <translation>本课的舞台(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Explorer alone</source>
        <translation>仅探索器(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Trainer alone</source>
        <translation>仅训练器(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ap alone</source>
        <translation>仅水龙头(&amp;A)</translation>
    </message>
    <message>
        <source>Presentation mode: put the lesson&apos;s own stage (or the view with focus) on the stage</source>
        <translation>演示模式：把本课自己的舞台（或有焦点的视图）放上舞台</translation>
    </message>
    <message>
        <source>Presentation mode: put the explorer alone on the stage</source>
        <translation>演示模式：只把探索器放上舞台</translation>
    </message>
    <message>
        <source>Presentation mode: put the trainer alone on the stage</source>
        <translation>演示模式：只把训练器放上舞台</translation>
    </message>
    <message>
        <source>Presentation mode: put the tap alone on the stage</source>
        <translation>演示模式：只把水龙头放上舞台</translation>
    </message>
    <message>
        <source>{tip} (press F11 first)</source>
        <translation>{tip}（请先按 F11）</translation>
    </message>
</context>
<context>
    <name>StepAxis</name>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
</context>
<context>
    <name>TapDrawing</name>
    <message>
        <source>shut</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>supply →</source>
        <translation>水源 →</translation>
    </message>
</context>
<context>
    <name>TapLink</name>
    <message>
        <source>the first to die</source>
        <translation>最先死亡的</translation>
    </message>
    <message>
        <source>the most inactive ({percent} % of inputs below zero)</source>
        <translation>最不活跃的（{percent} % 的输入低于零）</translation>
    </message>
    <message>
        <source>layer {layer}, neuron {unit}</source>
        <translation>第 {layer} 层，神经元 {unit}</translation>
    </message>
</context>
<context>
    <name>TapPanel</name>
    <message>
        <source>Valve z:</source>
        <translation>阀门 z：</translation>
    </message>
    <message>
        <source>Turn the valve: the neuron&apos;s input z, from −5 to 5</source>
        <translation>转动阀门：神经元的输入 z，从 −5 到 5</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>扫动</translation>
    </message>
    <message>
        <source>Swing z slowly from −5 to 5 and back</source>
        <translation>让 z 在 −5 到 5 之间缓慢来回摆动</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Stop following the neuron and set z by hand</source>
        <translation>停止跟随神经元，手动设置 z</translation>
    </message>
    <message>
        <source>Manual: you turn the valve. Click a neuron in the network to link the taps to it: they then show its z over the training inputs.</source>
        <translation>手动：由你转动阀门。点击网络中的一个神经元把水龙头连到它上面：之后它们会显示该神经元在训练输入上的 z。</translation>
    </message>
    <message>
        <source>Mode: Following</source>
        <translation>模式：跟随</translation>
    </message>
    <message>
        <source>Mode: {mode}</source>
        <translation>模式：{mode}</translation>
    </message>
</context>
<context>
    <name>TapText</name>
    <message>
        <source>Dead: the network finds it shut for every training input, so no gradient reaches its weights.</source>
        <translation>死亡：网络发现它对每个训练输入都是关闭的，因此没有梯度到达它的权重。</translation>
    </message>
    <message>
        <source>Clogged: shut for this input, no gradient from it. Dead only if shut for every training input.</source>
        <translation>堵塞：对这个输入关闭，它不提供梯度。只有对每个训练输入都关闭时才算死亡。</translation>
    </message>
    <message>
        <source>Valve shut for this input: no water, no gradient from it. The pipe is clogging.</source>
        <translation>阀门对这个输入关闭：没有水，也没有来自它的梯度。管道正在堵塞。</translation>
    </message>
    <message>
        <source>Shut, but the gradient through the hole is {slope} wherever z &lt; 0, so the neuron can recover.</source>
        <translation>关闭了，但只要 z &lt; 0，通过小孔的梯度就是 {slope}，因此神经元可以恢复。</translation>
    </message>
    <message>
        <source>Water flows: the gradient passes at full strength, so the weights keep learning.</source>
        <translation>水在流动：梯度以全强度通过，因此权重持续学习。</translation>
    </message>
    <message>
        <source>DEAD</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>CLOGGED</source>
        <translation>堵塞</translation>
    </message>
    <message>
        <source>clog {percent} %</source>
        <translation>堵塞 {percent} %</translation>
    </message>
</context>
<context>
    <name>TapWidget</name>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Following {neuron}</source>
        <translation>跟随 {neuron}</translation>
    </message>
    <message>
        <source>Following a neuron</source>
        <translation>跟随一个神经元</translation>
    </message>
    <message>
        <source>Linked to {neuron}</source>
        <translation>已连接到 {neuron}</translation>
    </message>
    <message>
        <source>Linked to a neuron</source>
        <translation>已连接到一个神经元</translation>
    </message>
    <message>
        <source>{mode}: {reason}</source>
        <translation>{mode}：{reason}</translation>
    </message>
    <message>
        <source>← leak</source>
        <translation>← 泄漏</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>This network is too large to keep its past steps: one state of it passes the timeline&apos;s memory budget</source>
        <translation>这个网络太大，无法保留过去的步：它的一个状态就超出了时间轴的内存预算</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Step {shown} of {head}</source>
        <translation>第 {shown} 步，共 {head} 步</translation>
    </message>
    <message>
        <source>Training on from step {step}; the {later} later step is set aside: Undo (Ctrl+Z) brings it back</source>
        <translation>从第 {step} 步继续训练；之后的 {later} 步已搁置：撤销（Ctrl+Z）可恢复</translation>
    </message>
    <message>
        <source>Training on from step {step}; the {later} later steps are set aside: Undo (Ctrl+Z) brings them back</source>
        <translation>从第 {step} 步继续训练；之后的 {later} 步已搁置：撤销（Ctrl+Z）可恢复</translation>
    </message>
    <message>
        <source>Drag back through the run: the network as it was at that step (training pauses). Red ticks: bursts, edits, new data. Play from an earlier step trains on from it</source>
        <translation>向回拖动浏览这次运行：网络在那一步时的样子（训练会暂停）。红色刻度：冲击、编辑、新数据。从较早的一步按“播放”会从那里继续训练</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Branch into Compare</source>
        <translation>分支到对比</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <translation>更早(&amp;E)</translation>
    </message>
    <message>
        <source>Show the run one kept state earlier</source>
        <translation>显示这次运行中更早的一个保存状态</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>更晚(&amp;L)</translation>
    </message>
    <message>
        <source>Show the run one kept state later</source>
        <translation>显示这次运行中更晚的一个保存状态</translation>
    </message>
    <message>
        <source>Back to &amp;now</source>
        <translation>回到现在(&amp;N)</translation>
    </message>
    <message>
        <source>Show the end of the run again</source>
        <translation>再次显示运行的末尾</translation>
    </message>
    <message>
        <source>&amp;Branch into Compare</source>
        <translation>分支到对比(&amp;B)</translation>
    </message>
    <message>
        <source>Train on from the step shown in the Compare tab: this activation against another (ReLU against Leaky ReLU at α 0.1; any other against ReLU), the very same network</source>
        <translation>在“对比”标签页中从所显示的步继续训练：这个激活函数对另一个（ReLU 对 α 为 0.1 的 Leaky ReLU；其他任何函数对 ReLU），完全相同的网络</translation>
    </message>
    <message>
        <source>Step {shown} of {head}: Play trains on from here, Now (End) shows the end again</source>
        <translation>第 {shown} 步，共 {head} 步：按“播放”从这里继续训练，“现在”（End）再次显示末尾</translation>
    </message>
    <message>
        <source>Now: step {step}, the end of the run</source>
        <translation>现在：第 {step} 步，运行的末尾</translation>
    </message>
    <message>
        <source>Edited at an earlier step: the run goes on from here (the later steps are gone)</source>
        <translation>已在较早的一步编辑：运行从这里继续（之后的步已删除）</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>new data</source>
        <translation>新数据</translation>
    </message>
    <message>
        <source>burst: {steps} steps at rate {lr}</source>
        <translation>冲击：以学习率 {lr} 训练 {steps} 步</translation>
    </message>
    <message>
        <source>edited unit {unit} of layer {layer}</source>
        <translation>编辑了第 {layer} 层的单元 {unit}</translation>
    </message>
    <message>
        <source>killed unit {unit} of layer {layer}</source>
        <translation>杀死了第 {layer} 层的单元 {unit}</translation>
    </message>
    <message>
        <source>revived unit {unit} of layer {layer}</source>
        <translation>复活了第 {layer} 层的单元 {unit}</translation>
    </message>
    <message>
        <source>undid: {edit}</source>
        <translation>已撤销：{edit}</translation>
    </message>
    <message>
        <source>new data keeps the network; {fields} would change it</source>
        <translation>新数据会保留网络；{fields} 会改变网络</translation>
    </message>
    <message>
        <source>new data must stay {task}, got {new} data</source>
        <translation>新数据必须保持为 {task}，收到的是 {new} 数据</translation>
    </message>
</context>
<context>
    <name>TrainerButtons</name>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>开始或暂停训练（空格键）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train one step (one batch)</source>
        <translation>训练一步（一个批次）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Build the network again from the settings: new start</source>
        <translation>按当前设置重新构建网络：重新开始</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>冲击</translation>
    </message>
    <message>
        <source>{burst}, then back</source>
        <translation>{burst}，然后回到原学习率</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>New &amp;data, same weights</source>
        <translation>新数据，权重不变(&amp;D)</translation>
    </message>
    <message>
        <source>New data from the next data seed; the network trains on with the weights it has</source>
        <translation>用下一个数据种子生成新数据；网络以现有权重继续训练</translation>
    </message>
    <message>
        <source>New &amp;weights, same data</source>
        <translation>新权重，数据不变(&amp;W)</translation>
    </message>
    <message>
        <source>A new network from the next seed, trained on the very same data</source>
        <translation>用下一个种子新建网络，在完全相同的数据上训练</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>TrainerControls</name>
    <message>
        <source>Circle: one class inside a ring of the other (classification)</source>
        <translation>圆形：一类位于另一类组成的环内（分类）</translation>
    </message>
    <message>
        <source>XOR: opposite quadrants share a class (classification)</source>
        <translation>XOR：相对的象限属于同一类（分类）</translation>
    </message>
    <message>
        <source>Gauss: two clouds of points (classification)</source>
        <translation>高斯：两团点云（分类）</translation>
    </message>
    <message>
        <source>Spiral: two interleaved arms, the hardest (classification)</source>
        <translation>螺旋：两条交织的旋臂，最难（分类）</translation>
    </message>
    <message>
        <source>Plane: the target rises evenly across the plane (regression)</source>
        <translation>平面：目标值在平面上均匀上升（回归）</translation>
    </message>
    <message>
        <source>Multi-gauss: six bumps up and down (regression)</source>
        <translation>多高斯：六个起伏的凸包（回归）</translation>
    </message>
    <message>
        <source>He: weights ~ N(0, 2 / fan_in), biases 0; made for ReLU</source>
        <translation>He：权重 ~ N(0, 2 / fan_in)，偏置 0；为 ReLU 设计</translation>
    </message>
    <message>
        <source>Xavier (Glorot): weights ~ N(0, 2 / (fan_in + fan_out)); made for tanh</source>
        <translation>Xavier (Glorot)：权重 ~ N(0, 2 / (fan_in + fan_out))；为 tanh 设计</translation>
    </message>
    <message>
        <source>TF Playground: weights ~ U(−0.5, 0.5), biases 0.1</source>
        <translation>TF Playground：权重 ~ U(−0.5, 0.5)，偏置 0.1</translation>
    </message>
    <message>
        <source>He weights, hidden biases −1: many ReLUs start below zero (a bad start)</source>
        <translation>He 权重，隐藏偏置 −1：许多 ReLU 一开始就在零以下（糟糕的开局）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No penalty: the weights follow the data alone</source>
        <translation>无惩罚：权重只跟随数据</translation>
    </message>
    <message>
        <source>L1: adds rate × |w| to the loss; pushes weights to 0 (the small ones stay at 0, within a step: a sparse network)</source>
        <translation>L1：在损失上加 rate × |w|；把权重推向 0（小权重在一步之内停在 0：稀疏网络）</translation>
    </message>
    <message>
        <source>L2: adds rate × w² / 2 to the loss; shrinks every weight in proportion to its size</source>
        <translation>L2：在损失上加 rate × w² / 2；按比例缩小每个权重</translation>
    </message>
    <message>
        <source>Plain stochastic gradient descent</source>
        <translation>普通的随机梯度下降</translation>
    </message>
    <message>
        <source>SGD with momentum 0.9: steps build up speed</source>
        <translation>带动量 0.9 的 SGD：步子会逐渐加速</translation>
    </message>
    <message>
        <source>Adam: a step size adapted per weight</source>
        <translation>Adam：为每个权重自适应步长</translation>
    </message>
    <message>
        <source>{value} is below the usual {usual}: it runs as shown</source>
        <translation>{value} 低于常用值 {usual}：按所示值运行</translation>
    </message>
    <message>
        <source> (all)</source>
        <translation> (全部)</translation>
    </message>
    <message>
        <source>Hidden layers and their units: 0 to {layers} layers of 1 to {width} units</source>
        <translation>隐藏层及其单元：0 到 {layers} 层，每层 1 到 {width} 个单元</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>删除最后一个隐藏层</translation>
    </message>
    <message>
        <source>Add a hidden layer (a copy of the last one)</source>
        <translation>添加一个隐藏层（复制最后一层）</translation>
    </message>
    <message>
        <source>Units in hidden layer {layer} (1 to {width})</source>
        <translation>隐藏层 {layer} 的单元数（1 到 {width}）</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>无隐藏层</translation>
    </message>
    <message>
        <source>The data the network learns; points lie in [−6, 6]²</source>
        <translation>网络学习的数据；点位于 [−6, 6]² 内</translation>
    </message>
    <message>
        <source>Noise in the data, 0 to 50 % (as in TF Playground)</source>
        <translation>数据中的噪声，0 到 50 %（与 TF Playground 相同）</translation>
    </message>
    <message>
        <source>Share of the points used for training; the rest test it</source>
        <translation>用于训练的点所占比例；其余用于测试</translation>
    </message>
    <message>
        <source>Activation of every hidden unit</source>
        <translation>每个隐藏单元的激活函数</translation>
    </message>
    <message>
        <source>Slope below zero: leaky_relu (0.01 usual), starting slope of prelu (0.25), elu&apos;s alpha (1.0)</source>
        <translation>零以下的斜率：leaky_relu（常用 0.01）、prelu 的初始斜率（0.25）、elu 的 α（1.0）</translation>
    </message>
    <message>
        <source>Learning rate, 0.00001 to 10; changing it keeps the network (try a burst and back)</source>
        <translation>学习率，0.00001 到 10；修改它会保留网络（试试冲击后再调回）</translation>
    </message>
    <message>
        <source>Quick picks: TF Playground&apos;s learning rates</source>
        <translation>快捷选项：TF Playground 的学习率</translation>
    </message>
    <message>
        <source>Points per training step, at most the training points: all of them reads “(all)”, and a larger batch (from a file, or when the train share shrinks) runs as all of them</source>
        <translation>每个训练步的点数，最多为训练点数：全部时显示“(全部)”；更大的批（来自文件，或训练占比减小时）按全部运行</translation>
    </message>
    <message>
        <source>How the weights start</source>
        <translation>权重如何初始化</translation>
    </message>
    <message>
        <source>How each step moves the weights</source>
        <translation>每一步如何移动权重</translation>
    </message>
    <message>
        <source>A penalty on large weights, added to the loss</source>
        <translation>对大权重的惩罚，加在损失上</translation>
    </message>
    <message>
        <source>Regularisation rate, 0 to {top}: how strongly the penalty pulls the weights to 0; the arrows step through TF Playground&apos;s rates (off while the penalty is none)</source>
        <translation>正则化率，0 到 {top}：惩罚把权重拉向 0 的力度；箭头按 TF Playground 的取值步进（惩罚为无时不可用）</translation>
    </message>
    <message>
        <source>Random seed of the data, the first weights and the batches</source>
        <translation>数据、初始权重和批次的随机种子</translation>
    </message>
    <message>
        <source>Training speed, steps per second: slow it down to watch each step (at 10 steps/s a burst takes 10 s and units die one by one). Keys: − slower, + faster</source>
        <translation>训练速度，每秒步数：调慢可以观察每一步（10 步/秒时一次冲击需要 10 秒，单元一个个死去）。按键：− 减速，+ 加速</translation>
    </message>
    <message>
        <source>learning rate {rate} is below the usual {usual} and runs as saved</source>
        <translation>学习率 {rate} 低于常用值 {usual}，按保存的值运行</translation>
    </message>
    <message>
        <source>alpha {alpha} is below the usual {usual} and runs as saved</source>
        <translation>α {alpha} 低于常用值 {usual}，按保存的值运行</translation>
    </message>
    <message>
        <source>{name} rate {rate} is unusually large (above {large}): the penalty can outweigh the data and pull every weight to about 0 (the network then learns nothing); it runs as saved</source>
        <translation>{name} 率 {rate} 异常大（超过 {large}）：惩罚可能压倒数据，把每个权重拉到接近 0（网络就什么也学不到）；按保存的值运行</translation>
    </message>
</context>
<context>
    <name>TrainerLabels</name>
    <message>
        <source>Dead hidden units: f′(z) = 0 on every training input, so no gradient reaches them (a step unit is dead in this sense even while it fires: its f′ is 0 everywhere)</source>
        <translation>死亡隐藏单元：在每个训练输入上 f′(z) = 0，因此没有梯度到达它们（阶跃单元即使在放电也是这种意义上的死亡：它的 f′ 处处为 0）</translation>
    </message>
    <message>
        <source>Inactive but alive: z &lt; 0 on every input, yet gradient flows at slope alpha, so they can revive</source>
        <translation>不活跃但存活：在每个输入上 z &lt; 0，但梯度仍以斜率 α 流动，因此它们可以复活</translation>
    </message>
    <message>
        <source>Saturated: a smooth activation whose |f′(z)| is below {floor} on every input. Mathematically alive, numerically silent: not dead (its gradient is not exactly 0), but too small to move its weights</source>
        <translation>饱和：平滑激活函数的 |f′(z)| 在每个输入上都低于 {floor}。数学上存活，数值上沉默：不是死亡（梯度并非恰好为 0），但小得无法移动权重</translation>
    </message>
    <message>
        <source>Loss and accuracy on the training and the test points</source>
        <translation>训练点和测试点上的损失与准确率</translation>
    </message>
    <message>
        <source>What went wrong with training and what to do next</source>
        <translation>训练出了什么问题，下一步该怎么做</translation>
    </message>
    <message>
        <source>Why the last setting was not applied</source>
        <translation>为什么上一个设置没有被应用</translation>
    </message>
</context>
<context>
    <name>TrainerStatus</name>
    <message>
        <source>Dead {dead} / {total} ({share})</source>
        <translation>死亡 {dead} / {total}（{share}）</translation>
    </message>
    <message>
        <source>a million-fold</source>
        <translation>一百万倍</translation>
    </message>
    <message>
        <source>{factor}-fold</source>
        <translation>{factor} 倍</translation>
    </message>
    <message>
        <source>The loss has grown {fold} since the start: training is running away and will soon overflow. Lower the learning rate, or press Reset.</source>
        <translation>损失自开始以来增长了{fold}：训练正在失控，很快就会溢出。请降低学习率，或按“重置”。</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>{speed} step/s</source>
        <translation>{speed} 步/秒</translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation>{speed} 步/秒</translation>
    </message>
    <message>
        <source>{steps} steps at learning rate {rate}</source>
        <translation>以学习率 {rate} 训练 {steps} 步</translation>
    </message>
    <message>
        <source>Burst: {taken} / {total} steps at rate {rate}</source>
        <translation>冲击：{taken} / {total} 步，学习率 {rate}</translation>
    </message>
    <message>
        <source>Burst: {total} steps at learning rate {rate}; back to {back}</source>
        <translation>冲击：以学习率 {rate} 训练 {total} 步；然后回到 {back}</translation>
    </message>
    <message>
        <source>Burst stopped after {taken} / {total} steps; back to rate {back}</source>
        <translation>冲击在 {taken} / {total} 步后停止；回到学习率 {back}</translation>
    </message>
    <message>
        <source>{title} (α {alpha})</source>
        <translation>{title}（α {alpha}）</translation>
    </message>
    <message>
        <source>Dead 0 / 0 (no hidden layer)</source>
        <translation>死亡 0 / 0（无隐藏层）</translation>
    </message>
    <message>
        <source>· {n} inactive but alive</source>
        <translation>· {n} 个不活跃但存活</translation>
    </message>
    <message>
        <source>inactive, can revive</source>
        <translation>不活跃，可复活</translation>
    </message>
    <message>
        <source>saturated (|f′| &lt; {floor})</source>
        <translation>饱和（|f′| &lt; {floor}）</translation>
    </message>
    <message>
        <source>· {n} saturated (|f′| &lt; {floor} on every input)</source>
        <translation>· {n} 个饱和（所有输入上 |f′| &lt; {floor}）</translation>
    </message>
    <message>
        <source>Dead {missing} / {total} · diverged at step {step}, not counted</source>
        <translation>死亡 {missing} / {total} · 在第 {step} 步发散，未计入</translation>
    </message>
    <message>
        <source>{title}: {n} inactive but still learning</source>
        <translation>{title}：{n} 个不活跃但仍在学习</translation>
    </message>
    <message>
        <source>{title}: {n} saturated (|f′| &lt; {floor}), none can die</source>
        <translation>{title}：{n} 个饱和（|f′| &lt; {floor}），没有会死亡的</translation>
    </message>
    <message>
        <source>{title}: no unit can die or sleep</source>
        <translation>{title}：没有单元会死亡或沉睡</translation>
    </message>
    <message>
        <source>{title}: {n} dead (no gradient reaches them)</source>
        <translation>{title}：{n} 个死亡（没有梯度到达它们）</translation>
    </message>
    <message>
        <source>{title} diverged</source>
        <translation>{title} 已发散</translation>
    </message>
    <message>
        <source>After the burst (back at rate {rate}): {results}.</source>
        <translation>冲击之后（回到学习率 {rate}）：{results}。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>{title} stopped at step {step}</source>
        <translation>{title} 在第 {step} 步停止</translation>
    </message>
    <message>
        <source>No burst: {which} (training diverged), and moving only the other network would leave the two at different steps. Press Reset, or lower the learning rate.</source>
        <translation>无法冲击：{which}（训练已发散），只移动另一个网络会让两者处于不同的步。请按“重置”，或降低学习率。</translation>
    </message>
    <message>
        <source>No step: {which} (training diverged), and moving only the other network would leave the two at different steps. Press Reset, or lower the learning rate.</source>
        <translation>无法单步：{which}（训练已发散），只移动另一个网络会让两者处于不同的步。请按“重置”，或降低学习率。</translation>
    </message>
    <message>
        <source>Step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <source>{title}: step {step} (stopped)</source>
        <translation>{title}：第 {step} 步（已停止）</translation>
    </message>
    <message>
        <source>{title}: step {step}</source>
        <translation>{title}：第 {step} 步</translation>
    </message>
    <message>
        <source>{title} diverged at step {step}</source>
        <translation>{title} 在第 {step} 步发散</translation>
    </message>
    <message>
        <source>{which}: a number overflowed, so training stopped and the last finite state is shown. Press Reset, or lower the learning rate.</source>
        <translation>{which}：有数值溢出，因此训练停止，显示最后一个有限的状态。请按“重置”，或降低学习率。</translation>
    </message>
    <message>
        <source>loss: train {train}, test {test}</source>
        <translation>损失：训练 {train}，测试 {test}</translation>
    </message>
    <message>
        <source>accuracy: train {train}, test {test}</source>
        <translation>准确率：训练 {train}，测试 {test}</translation>
    </message>
    <message>
        <source>The burst did nothing: training had already stopped at step {step} (a number overflowed before the burst), so no step was taken. Lower the learning rate, then press Reset.</source>
        <translation>冲击没有作用：训练已在第 {step} 步停止（冲击之前就有数值溢出），因此一步也没有走。请降低学习率，然后按“重置”。</translation>
    </message>
    <message>
        <source>Training stopped: the loss grew without limit, because the steps were too big (the burst at learning rate {rate} is too large for this network). The picture shows the last good state. Lower the learning rate, then press Reset.</source>
        <translation>训练已停止：损失无限增长，因为步子太大（学习率 {rate} 的冲击对这个网络来说太大）。图中显示的是最后一个正常状态。请降低学习率，然后按“重置”。</translation>
    </message>
    <message>
        <source>Training stopped: the loss grew without limit, because the steps were too big (the learning rate {rate} is too large for this network). The picture shows the last good state. Lower the learning rate, then press Reset.</source>
        <translation>训练已停止：损失无限增长，因为步子太大（学习率 {rate} 对这个网络来说太大）。图中显示的是最后一个正常状态。请降低学习率，然后按“重置”。</translation>
    </message>
    <message>
        <source>Training: step {step} · {rate} steps/s</source>
        <translation>训练中：第 {step} 步 · {rate} 步/秒</translation>
    </message>
</context>
<context>
    <name>TrainerTabs</name>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Train one network and watch its neurons</source>
        <translation>训练一个网络并观察它的神经元</translation>
    </message>
    <message>
        <source>Compare ReLU vs Leaky</source>
        <translation>对比 ReLU 与 Leaky</translation>
    </message>
    <message>
        <source>Two networks: same start, data and batches; one activation each</source>
        <translation>两个网络：相同的起点、数据和批次；各用一个激活函数</translation>
    </message>
    <message>
        <source>32 seeds</source>
        <translation>32 个种子</translation>
    </message>
    <message>
        <source>Train 32 seeds at once and see how often the neurons die</source>
        <translation>同时训练 32 个种子，看看神经元有多经常死亡</translation>
    </message>
    <message>
        <source>A network that has stopped cannot be branched: drag back to before it diverged</source>
        <translation>已停止的网络无法分支：请拖回到它发散之前</translation>
    </message>
    <message>
        <source>Branched at step {step} into Compare: {left} against {right}</source>
        <translation>在第 {step} 步分支到对比：{left} 对 {right}</translation>
    </message>
</context>
<context>
    <name>UndoLink</name>
    <message>
        <source>Edit undone: the unit&apos;s numbers are back</source>
        <translation>编辑已撤销：单元的数值已恢复</translation>
    </message>
    <message>
        <source>Back at step {step}: the later steps are back, and what was trained from the earlier step is gone</source>
        <translation>回到第 {step} 步：之后的步已恢复，从较早那一步训练出的结果已删除</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the latest thing done by hand: an edited unit, or training on from an earlier step (the later steps come back)</source>
        <translation>撤销最近一次手动操作：编辑过的单元，或从较早一步继续的训练（之后的步会恢复）</translation>
    </message>
</context>
<context>
    <name>UnitFields</name>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type the bias as e.g. -0.5</source>
        <translation>&apos;{text}&apos; 不是数字：请按 -0.5 这样的格式输入偏置</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type a weight as e.g. -0.5</source>
        <translation>&apos;{text}&apos; 不是数字：请按 -0.5 这样的格式输入权重</translation>
    </message>
</context>
<context>
    <name>ZHistogram</name>
    <message>
        <source>z of this neuron over the training inputs</source>
        <translation>该神经元在训练输入上的 z</translation>
    </message>
    <message>
        <source>z over the inputs</source>
        <translation>各输入上的 z</translation>
    </message>
    <message>
        <source>every z below 0: f&apos;(z) = 0, no gradient reaches its weights</source>
        <translation>每个 z 都低于 0：f&apos;(z) = 0，没有梯度到达它的权重</translation>
    </message>
    <message>
        <source>every z below 0, but the gradient still flows at slope alpha = {slope}</source>
        <translation>每个 z 都低于 0，但梯度仍以斜率 α = {slope} 流动</translation>
    </message>
    <message>
        <source>|f&apos;(z)| below {floor} on every input: alive, but numerically silent</source>
        <translation>在每个输入上 |f&apos;(z)| 都低于 {floor}：存活，但数值上沉默</translation>
    </message>
    <message>
        <source>z is not a finite number: the network has diverged</source>
        <translation>z 不是有限数：网络已发散</translation>
    </message>
    <message>
        <source>alive: z above 0 on {share} of the training inputs</source>
        <translation>存活：在 {share} 的训练输入上 z 高于 0</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入数</translation>
    </message>
    <message>
        <source>How many training inputs give this neuron each value of z. Left of the line z &lt;= 0: grey where f&apos;(z) = 0 (no gradient), light blue where a leak still passes it; right of the line the neuron fires</source>
        <translation>有多少个训练输入使该神经元取到每个 z 值。线左侧 z &lt;= 0：灰色表示 f&apos;(z) = 0（无梯度），浅蓝色表示仍有泄漏通过；线右侧神经元放电</translation>
    </message>
</context>
<context>
    <name>ZQuantilePlot</name>
    <message>
        <source>z per layer: median, 25-75 % band, 5-95 % dashed</source>
        <translation>各层 z：中位数、25-75 % 带、5-95 % 虚线</translation>
    </message>
    <message>
        <source>z per layer (quantiles)</source>
        <translation>各层 z（分位数）</translation>
    </message>
    <message>
        <source>How each hidden layer&apos;s z is spread over the training inputs: the median (thick), the middle half (band) and the middle 90 % (dashed), over the steps. Below the line at 0, ReLU passes no gradient. Marks on the step axis: edits by hand</source>
        <translation>每个隐藏层的 z 在训练输入上如何分布，随步数变化：中位数（粗线）、中间一半（色带）和中间 90 %（虚线）。在 0 线以下，ReLU 不传递梯度。步数轴上的标记：手动编辑</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>第 {n} 层</translation>
    </message>
</context>
</TS>
