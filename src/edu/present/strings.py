"""The one catalogue of interface strings, in Chinese and English (content lives in content/).

Every surface — readers, widgets, the quiz player, papers and answer keys, LMS feedback, the
live class page, the CLI — takes its words from :data:`STRINGS`; a key's prefix names the
family (``quiz.``, ``paper.``, ``shape.``, ``instruction.``, ``chart.``; plain keys for the
readers and student pages). :func:`say` is the one way to show an entry: filled in with ``{}``
arguments and picked in a language as :meth:`edu.lang.Text.get` does (``both``: Chinese, then
English, joined by :data:`edu.lang.BOTH_SEP` unless a surface asks for another separator).
"""

from __future__ import annotations

from collections.abc import Mapping

from edu.lang import BOTH_SEP
from edu.lang import Text

STRINGS: dict[str, Text] = {
    # readers, explorer, student pages, the live class page
    "search": Text("搜索", "Search"),
    "search_placeholder": Text("输入中文或英文关键词", "Type Chinese or English words"),
    "results": Text("搜索结果", "Results"),
    "no_results": Text("没有找到匹配的内容。", "Nothing matches."),
    "lead": Text("导语", "Lead paragraph"),
    "summary": Text("概要", "Summary"),
    "measures": Text("措施", "Measures"),
    "targets": Text("量化目标", "Quantitative targets"),
    "glossary": Text("术语", "Glossary"),
    "no_targets": Text("本课没有量化目标。", "This lesson sets no quantitative targets."),
    "metric": Text("指标", "Metric"),
    "target": Text("目标", "Target"),
    "source": Text("原文", "Source"),
    "lesson": Text("课", "Lesson"),
    "language": Text("语言", "Language"),
    "principles": Text("基本原则", "Basic principles"),
    "goals": Text("目标", "Goals"),
    "introduction": Text("导言", "Introduction"),
    "guiding_ideology": Text("指导思想", "Guiding ideology"),
    "background": Text("背景", "Background"),
    "class_title": Text("课堂测验", "Class quiz"),
    "class_switch": Text("English", "中文"),
    "class_name": Text("你的名字", "Your name"),
    "class_name_hint": Text("1–40 个字符，老师会看到", "1–40 characters; your teacher sees it"),
    "class_code": Text("课堂代码", "Session code"),
    "class_join": Text("加入", "Join"),
    "class_leave": Text("退出", "Leave"),
    "class_waiting": Text("请等待老师出题……", "Waiting for the teacher to open a question…"),
    "class_question": Text("第 {n} / {total} 题", "Question {n} of {total}"),
    "class_submit": Text("提交答案", "Submit answer"),
    "class_received": Text("答案已收到，请等待老师公布答案。",
                           "Answer received. Wait for the teacher to reveal the answer."),
    "class_right": Text("答对了！", "Right!"),
    "class_partly": Text("部分正确", "Partly right"),
    "class_wrong": Text("答错了", "Not right"),
    "class_no_answer": Text("你没有回答这道题。", "You did not answer this question."),
    "class_your_answer": Text("你的答案", "Your answer"),
    "class_answer": Text("正确答案", "Answer"),
    "class_explanation": Text("解析", "Explanation"),
    "class_source": Text("原文", "Source"),
    "class_ended": Text("测验结束，谢谢参与！", "The quiz is over. Thank you!"),
    "class_summary": Text("已公布的 {revealed} 道题中，你答对了 {correct} 道。",
                          "You got {correct} of the {revealed} revealed questions right."),
    "class_true": Text("正确", "True"),
    "class_false": Text("错误", "False"),
    "class_all_right": Text("全对", "All right"),
    "class_none_right": Text("全错", "None right"),
    "class_other": Text("其他", "Other"),
    "class_number": Text("输入数字", "Type a number"),
    "class_text": Text("输入答案", "Type your answer"),
    "class_choose": Text("请选择", "Choose"),
    "class_up": Text("上移", "Move up"),
    "class_down": Text("下移", "Move down"),
    "class_offline": Text("连接中断，正在重新连接……", "Connection lost. Reconnecting…"),
    "class_error": Text("出错了：", "Something went wrong: "),
    "class_bad_code": Text("课堂代码不对，请再看一下老师的屏幕。",
                           "That session code is wrong; check the teacher's screen."),
    "class_scan": Text("扫码或打开网址加入", "Scan the code or open the address to join"),
    "class_students": Text("学生", "Students"),
    "class_answered": Text("已作答", "Answered"),
    "class_open_next": Text("下一题", "Open next question"),
    "class_reveal": Text("公布答案", "Reveal the answer"),
    "class_end": Text("结束测验", "End the session"),
    "class_refresh": Text("刷新", "Refresh"),
    "class_leaderboard": Text("排行榜", "Leaderboard"),
    "class_results": Text("成绩表", "Results"),
    "class_items": Text("题目统计", "Item statistics"),
    "class_export": Text("导出", "Export"),
    "class_share_correct": Text("正确率", "Share correct"),
    "class_discrimination": Text("区分度", "Discrimination"),
    "class_distribution": Text("答案分布", "Answers given"),
    "class_total": Text("总分", "Total"),
    "class_already_answered": Text("这道题你已经回答过了。",
                                   "You have already answered this question."),
    "class_host_warning": Text(
        "正在 {host}:{port} 上监听——这个网络上的每台设备都能访问课堂服务器；只在课堂网络上这样使用",
        "listening on {host}:{port} — every device on this network can reach the class server;"
        " use it on the class network only"),
    "class_warning": Text("警告：{}。", "Warning: {}."),
    "for_teachers": Text("给教师", "For teachers"),
    "lesson_picker": Text("选择一课", "Choose a lesson"),
    "plan_tree": Text("行动计划目录", "Contents of the plan"),
    "progress_empty": Text("还没有答题或复习记录：做一次测验或复习后，这里会显示你的进度。",
                           "No answers or reviews yet: take a quiz or review some cards, and your"
                           " progress will show here."),
    "show_answer": Text("显示答案", "Show answer"),
    "refresh": Text("刷新", "Refresh"),
    "practise": Text("练习这些", "Practise these"),
    "weakest": Text("最薄弱的十个目标", "The ten weakest targets"),
    "review_status": Text("已复习 {done} · 今天还剩 {left}", "{done} done · {left} left today"),
    "all_targets": Text("全部量化目标一览", "All targets at a glance"),
    "review_progress": Text("复习进度", "Review progress"),
    "unit": Text("单位", "Unit"),
    "rate_1": Text("重来", "Again"),
    "rate_2": Text("困难", "Hard"),
    "rate_3": Text("良好", "Good"),
    "rate_4": Text("简单", "Easy"),
    # Anki cards and review cards (edu.decks, edu.study)
    "deck.retired": Text("此条内容已从学习内容中移除（edu::retired）。可以暂停或删除这张卡片。",
                         "This item has been removed from the study content (tag edu::retired). "
                         "You can suspend or delete this card."),
    "deck.ask_target": Text("目标是多少？", "What is the target?"),
    "deck.ask_lesson": Text("这一课讲什么？", "What does this lesson cover?"),
    "deck.ask_term": Text("这个术语是什么意思？", "What does this term mean?"),
    "deck.ask_principle": Text("这条原则的内容是什么？", "What does this principle say?"),
    "deck.ask_goal": Text("这一目标的全文是什么？", "Recall this goal of the plan."),
    "deck.principle_kind": Text("导言 · 基本原则 {n}/{total}",
                                "Introduction · Basic principle {n} of {total}"),
    "deck.goal_kind": Text("导言 · 目标 {n}/{total}", "Introduction · Goal {n} of {total}"),
    "deck.measure": Text("措施", "Measure"),
    "deck.about": Text("{zh}的学习卡组：量化目标、基本原则、目标、措施和课程概要，每一条都引自"
                       "原文。更新时导入新版卡组即可，学习进度会保留；带 edu::retired 标签的卡片"
                       "对应已移除的内容，可以暂停或删除。",
                       "{en}: cards for the plan's quantitative targets, basic principles, "
                       "goals, measures and lesson overviews, each quoted from the Chinese text. "
                       "To update, import the newer deck: your review history and your edits to "
                       "unchanged cards are kept. Cards tagged edu::retired belong to content "
                       "that was removed; suspend or delete them."),
    "review.measure": Text("{lesson}：「{measure}」包括哪些措施？",
                           "{lesson}: what does “{measure}” involve?"),
    "review.goal": Text("《{}》的目标之一（请说出要点）",
                        "One of the plan's goals (recall its gist)"),
    "review.principle": Text("基本原则「{}」是什么意思？",
                             "What does the basic principle “{}” mean?"),
    # the quiz player (edu.sessions.quiz, edu.widgets)
    "quiz.right": Text("回答正确！", "Correct!"),
    "quiz.partial": Text("部分正确", "Partly right"),
    "quiz.wrong": Text("回答错误", "Not quite"),
    "quiz.pending": Text("已提交：此题由老师评分。请对照参考答案和评分标准。",
                         "Submitted: your teacher marks this one. Compare yours with the model "
                         "answer and the rubric."),
    "quiz.model_answer": Text("参考答案", "Model answer"),
    "quiz.rubric": Text("评分标准", "Marking rubric"),
    "quiz.points": Text("{n}分", "{n} points"),
    "quiz.tick": Text("请至少选择一项。", "Tick at least one answer first."),
    "quiz.write": Text("请先写下你的回答。", "Write your answer first."),
    "quiz.essay_here": Text("在此写下你的回答", "Write your answer here"),
    "quiz.answer": Text("正确答案", "Right answer"),
    "quiz.given": Text("你的答案", "Your answer"),
    "quiz.source": Text("原文", "Source (the plan's Chinese text)"),
    "quiz.choose": Text("请先选择一个答案。", "Choose an answer first."),
    "quiz.type": Text("请先填写答案。", "Type your answer first."),
    "quiz.number": Text("请填写一个数字，例如 88。", "Type one number, for example 88."),
    "quiz.pair_all": Text("请为每一项选择配对。", "Pair every item first."),
    "quiz.question": Text("第 {n} 题，共 {total} 题", "Question {n} of {total}"),
    "quiz.score": Text("得分 {earned} / {possible}", "Score {earned} / {possible}"),
    "quiz.check": Text("检查", "Check"),
    "quiz.next": Text("下一题", "Next"),
    "quiz.results": Text("查看结果", "See results"),
    "quiz.retry": Text("重做答错的题", "Retry the wrong ones"),
    "quiz.again": Text("再做一遍", "Start again"),
    "quiz.new": Text("新测验", "New quiz"),
    "quiz.start": Text("开始测验", "Start the quiz"),
    "quiz.done": Text("测验完成！", "Quiz finished!"),
    "quiz.summary": Text("答对 {right} 题，共 {total} 题（得分 {percent}）",
                         "{right} of {total} right (score {percent})"),
    "quiz.all_right": Text("全部答对，太棒了！", "All right: well done!"),
    "quiz.mistakes": Text("需要复习的题目", "Questions to look at again"),
    "quiz.no_answer": Text("（未作答）", "(no answer)"),
    "quiz.lessons": Text("课", "Lessons"),
    "quiz.kinds": Text("题型", "Question kinds"),
    "quiz.count": Text("题数", "Questions"),
    "quiz.seed": Text("随机种子", "Seed"),
    "quiz.all_lessons": Text("不选即全部课", "none ticked = all lessons"),
    "quiz.all_kinds": Text("不选即全部题型", "none ticked = all kinds"),
    "quiz.new_seed": Text("换一个", "New seed"),
    "quiz.true": Text("正确", "True"),
    "quiz.false": Text("错误", "False"),
    "quiz.pick": Text("— 请选择 —", "— choose —"),
    "quiz.place": Text("应为第 {n} 项", "belongs at {n}"),
    "quiz.order_help": Text("用 ↑ ↓ 调整顺序，最上面是第一项。",
                             "Use ↑ ↓ to reorder: the top item comes first."),
    "quiz.type_here": Text("在此输入答案", "Type the answer here"),
    "quiz.number_here": Text("输入数字", "Type a number"),
    "quiz.check_title": Text("随堂小测", "Check your understanding"),
    "quiz.practice_title": Text("薄弱目标练习", "Practise your weakest targets"),
    "quiz.no_practice": Text("这些目标没有可练习的题目。", "No questions are about these targets."),
    # papers, answer keys and LMS feedback (edu.export)
    "paper.quiz": Text("测验", "Quiz"),
    "paper.version": Text("{}卷", "Version {}"),
    "paper.count": Text("共{}题", "{} questions"),
    "paper.seed": Text("编号 {}", "seed {}"),
    "paper.name": Text("姓名", "Name"),
    "paper.class": Text("班级", "Class"),
    "paper.number": Text("学号", "Student no."),
    "paper.date": Text("日期", "Date"),
    "paper.score": Text("得分", "Score"),
    "paper.key": Text("答案与解析", "Answer key"),
    "paper.key_note": Text("教师用，请勿发给学生。", "For the teacher: do not hand out."),
    "paper.key_short": Text("答案", "Key"),
    "paper.glance": Text("答案速查", "Answers at a glance"),
    "paper.no": Text("题号", "No."),
    "paper.answer": Text("答案", "Answer"),
    "paper.also": Text("也接受", "Also accepted"),
    "paper.explanation": Text("解析", "Explanation"),
    "paper.source": Text("原文", "Source"),
    "paper.order": Text("顺序", "Order"),
    "paper.true": Text("正确", "True"),
    "paper.false": Text("错误", "False"),
    "paper.position": Text("第{}位", "Position {}"),
    "paper.correct": Text("回答正确。", "Correct."),
    "paper.incorrect": Text("回答错误。正确答案：{}", "Not right. The answer is: {}"),
    "paper.partial": Text("部分正确。", "Partly right."),
    "paper.page": Text("第 {page} 页，共 {pages} 页", "Page {page} of {pages}"),
    "paper.model_answer": Text("参考答案", "Model answer"),
    "paper.rubric": Text("评分标准", "Marking rubric"),
    "paper.points": Text("{}分", "{} points"),
    "paper.by_hand": Text("人工评分", "Graded by hand"),
    "paper.by_hand_points": Text("人工评分（{}分）", "Graded by hand ({})"),
    "paper.rubric_points": Text("评分标准（共{}分）", "Marking rubric ({} points)"),
    # answer shapes by name
    "shape.choice": Text("单项选择", "Multiple choice"),
    "shape.true_false": Text("判断", "True or false"),
    "shape.numeric": Text("数值", "Number"),
    "shape.text": Text("填空", "Fill in"),
    "shape.matching": Text("配对", "Matching"),
    "shape.ordering": Text("排序", "Ordering"),
    "shape.multi": Text("多项选择", "Select all that apply"),
    "shape.essay": Text("论述", "Discussion"),
    # what a paper asks the student to do, per answer shape
    "instruction.choice": Text("选出唯一正确的一项，把字母写在括号内。",
                               "Choose the one right answer and write its letter in the brackets."),
    "instruction.true_false": Text("判断正误，在相应的方框内打√。", "Tick the right box."),
    "instruction.numeric": Text("在横线上填写数值。", "Write the number on the line."),
    "instruction.text": Text("在横线上填写答案。", "Write the answer on the line."),
    "instruction.matching": Text("在左列每项后的括号内写出与之相配的右列字母。",
                                 "In each bracket, write the letter of the matching item on the "
                                 "right."),
    "instruction.ordering": Text("按正确的顺序写出各项的字母。",
                                  "Write the letters in the right order."),
    "instruction.multi": Text("选出所有正确的选项，把字母写在括号内（选错倒扣，最低0分）。",
                              "Choose every right answer and write the letters in the brackets (a"
                              " wrong choice takes marks away; never below 0)."),
    "instruction.essay": Text("用自己的话作答，需要时引用计划原文。",
                              "Answer in your own words, citing the plan where it helps."),
    # the language toggles of every page
    "lang.zh": Text("中文", "中文"),
    "lang.en": Text("English", "English"),
    "lang.both": Text("双语", "Both"),
    # the quiz builder (instructors; its labels are always in both languages)
    "builder.lessons": Text("课", "Lessons"),
    "builder.none_all": Text("不选即全部", "none = all"),
    "builder.parts": Text("部分", "Parts"),
    "builder.kinds": Text("题型", "Kinds"),
    "builder.difficulty": Text("难度", "Difficulty"),
    "builder.tags": Text("标签", "Tags"),
    "builder.tags_hint": Text("标签, 标签", "tag, tag"),
    "builder.exclude": Text("排除", "Exclude"),
    "builder.exclude_hint": Text("题目编号", "question ids"),
    "builder.count": Text("题数", "Count"),
    "builder.versions": Text("版本", "Versions"),
    "builder.draws": Text("各版本题目不同", "Separate draws"),
    "builder.balance": Text("各课均衡", "Balance lessons"),
    "builder.seed": Text("种子", "Seed"),
    "builder.reseed": Text("换一个", "New seed"),
    "builder.show_answers": Text("显示答案", "Show answers"),
    "builder.with_key": Text("另附答案卷", "With answer key"),
    "builder.export": Text("导出", "Export"),
    "builder.export_all": Text("全部导出", "Export all"),
    # how many questions a choice of lessons and kinds leaves (the builder, the quiz setup)
    "matches": Text("{} 道题可选", "{} questions match"),
    # the progress page
    "progress.not_enough": Text("还没有足够的记录来找出薄弱目标。",
                                "Not enough answers or reviews yet to find weak targets."),
    "progress.target": Text("目标", "Target"),
    "progress.strength": Text("掌握", "Strength"),
    "progress.answers": Text("答题", "Answers"),
    "progress.recall": Text("记忆", "Recall"),
    "progress.summary": Text("今天待复习 {due} · 新卡 {new} · 答题 {answers} · "
                             "预测记忆保持率 {recall}",
                             "due today {due}, new {new} · answers {answers} · "
                             "predicted recall {recall}"),
    # the start page's list of pages
    "page.explore": Text("浏览行动计划", "Explore the plan"),
    "page.explore_note": Text("按部分、课和措施浏览，中英文搜索，查看目标图表",
                              "browse parts, lessons and measures, search in Chinese or English, "
                              "see the targets"),
    "page.lesson": Text("一课", "A lesson"),
    "page.lesson_note": Text("导语、措施、目标、术语和随堂小测",
                             "lead, measures, targets, glossary and a short check"),
    "page.quiz": Text("测验", "Quiz"),
    "page.quiz_note": Text("即时反馈的测验", "a quiz with instant feedback"),
    "page.review": Text("复习", "Review"),
    "page.review_note": Text("间隔重复复习", "spaced-repetition review"),
    "page.progress": Text("进度", "Progress"),
    "page.progress_note": Text("你的正确率、复习和薄弱目标",
                               "your accuracy, reviews and weakest targets"),
    "page.facts": Text("{parts} 部分 · {lessons} 课 · {measures} 项措施 · {targets} 个量化目标 · "
                       "{principles} 项基本原则 · {goals} 项目标",
                       "{parts} parts · {lessons} lessons · {measures} measures · "
                       "{targets} targets · {principles} principles · {goals} goals"),
    # the teacher's class launcher (edu.widgets.class_session)
    "class_start": Text("开始课堂测验", "Start the class session"),
    "class_resume": Text("继续课堂 {}", "Resume session {}"),
    # the review page when nothing is due
    "review.done": Text("今天的复习完成了（复习了 {} 张）！", "All done for today ({} reviewed)."),
    # a paper's title when the plan's title is known
    "paper.title": Text("《{zh}》测验", "Quiz: {en}"),
    # the ↑ ↓ buttons of an ordering question, as a screen reader names them
    "move_up": Text("上移", "Move up"),
    "move_down": Text("下移", "Move down"),
    # the pseudo-lesson of questions that span lessons (edu.questions.model.OVERVIEW)
    "overview": Text("综合", "Across lessons"),
    # charts: their titles and empty states, and the heads of their text alternatives
    "chart.targets_axis": Text("目标数量", "number of targets"),
    "chart.targets_per_lesson": Text("各课的量化目标", "Quantitative targets per lesson"),
    "chart.targets_per_lesson_alt": Text("各课的量化目标数", "Quantitative targets per lesson"),
    "chart.percentage": Text("百分比目标（≥ 不低于，≤ 不高于，− 降低）",
                             "Percentage targets (≥ at least, ≤ at most, − reduce by)"),
    "chart.percentage_alt": Text("百分比目标图（{}项）", "Chart of {} percentage targets"),
    "chart.counts_alt": Text("其他单位的目标图（{}项）", "Chart of {} targets in other units"),
    "chart.no_counts": Text("本课没有非百分比目标", "No non-percentage targets"),
    "chart.unit": Text("单位：{zh}", "unit: {en}"),
    "chart.by_lesson": Text("各课正确率", "Accuracy by lesson"),
    "chart.by_kind": Text("各题型正确率", "Accuracy by question kind"),
    "chart.reviews": Text("每日复习次数", "Reviews per day"),
    "chart.recall": Text("预测记忆保持率", "Predicted recall"),
    "chart.recall_overall": Text("预测记忆保持率（总体 {}）", "Predicted recall now (overall {})"),
    "chart.no_answers": Text("还没有答题记录", "No quiz answers yet"),
    "chart.no_reviews": Text("还没有复习记录", "No reviews yet"),
}


def text(key: str, *args: object, **values: object) -> Text:
    """The entry *key*, with ``{}`` / ``{name}`` filled in both languages."""
    entry = STRINGS[key]
    if not args and not values:
        return entry
    return Text(entry.zh.format(*args, **values), entry.en.format(*args, **values))


def say(key: str, lang: str, *args: object, sep: str = BOTH_SEP, **values: object) -> str:
    """The entry *key* in *lang*, filled in (``both``: ``中文 / English``)."""
    return text(key, *args, **values).get(lang, sep)


def t(key: str, lang: str) -> str:
    """:func:`say` without arguments (the readers' and widgets' short form)."""
    return say(key, lang)


def lang_options() -> list[tuple[str, str]]:
    """The language toggle's choices, as ``(label, lang)``: 中文, English, 双语 Both."""
    return [(say(f"lang.{lang}", "both", sep=" "), lang) for lang in ("zh", "en", "both")]


def family(prefix: str) -> Mapping[str, Text]:
    """The entries whose key starts with ``prefix.``, by the rest of their key."""
    cut = len(prefix) + 1
    return {key[cut:]: value for key, value in STRINGS.items() if key.startswith(prefix + ".")}
