"""User-interface strings in Chinese and English (content text lives in content/)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "search": ("搜索", "Search"),
    "search_placeholder": ("输入中文或英文关键词", "Type Chinese or English words"),
    "results": ("搜索结果", "Results"),
    "no_results": ("没有找到匹配的内容。", "Nothing matches."),
    "lead": ("导语", "Lead paragraph"),
    "summary": ("概要", "Summary"),
    "measures": ("措施", "Measures"),
    "targets": ("量化目标", "Quantitative targets"),
    "glossary": ("术语", "Glossary"),
    "no_targets": ("本课没有量化目标。", "This lesson sets no quantitative targets."),
    "metric": ("指标", "Metric"),
    "target": ("目标", "Target"),
    "source": ("原文", "Source"),
    "lesson": ("课", "Lesson"),
    "language": ("语言", "Language"),
    "charts": ("图表", "Charts"),
    "principles": ("基本原则", "Basic principles"),
    "goals": ("目标", "Goals"),
    "introduction": ("导言", "Introduction"),
    "guiding_ideology": ("指导思想", "Guiding ideology"),
    "background": ("背景", "Background"),
    # live class sessions: the student page (edu.live.static) and the teacher's notebook
    "class_title": ("课堂测验", "Class quiz"),
    "class_switch": ("English", "中文"),
    "class_name": ("你的名字", "Your name"),
    "class_name_hint": ("1–40 个字符，老师会看到", "1–40 characters; your teacher sees it"),
    "class_code": ("课堂代码", "Session code"),
    "class_join": ("加入", "Join"),
    "class_leave": ("退出", "Leave"),
    "class_waiting": ("请等待老师出题……", "Waiting for the teacher to open a question…"),
    "class_question": ("第 {n} / {total} 题", "Question {n} of {total}"),
    "class_submit": ("提交答案", "Submit answer"),
    "class_received": ("答案已收到，请等待老师公布答案。",
                       "Answer received. Wait for the teacher to reveal the answer."),
    "class_right": ("答对了！", "Right!"),
    "class_partly": ("部分正确", "Partly right"),
    "class_wrong": ("答错了", "Not right"),
    "class_no_answer": ("你没有回答这道题。", "You did not answer this question."),
    "class_your_answer": ("你的答案", "Your answer"),
    "class_answer": ("正确答案", "Answer"),
    "class_explanation": ("解析", "Explanation"),
    "class_source": ("原文", "Source"),
    "class_ended": ("测验结束，谢谢参与！", "The quiz is over. Thank you!"),
    "class_summary": ("已公布的 {revealed} 道题中，你答对了 {correct} 道。",
                      "You got {correct} of the {revealed} revealed questions right."),
    "class_true": ("正确", "True"),
    "class_false": ("错误", "False"),
    "class_number": ("输入数字", "Type a number"),
    "class_text": ("输入答案", "Type your answer"),
    "class_choose": ("请选择", "Choose"),
    "class_up": ("上移", "Move up"),
    "class_down": ("下移", "Move down"),
    "class_offline": ("连接中断，正在重新连接……", "Connection lost. Reconnecting…"),
    "class_error": ("出错了：", "Something went wrong: "),
    "class_bad_code": ("课堂代码不对，请再看一下老师的屏幕。",
                       "That session code is wrong; check the teacher's screen."),
    "class_scan": ("扫码或打开网址加入", "Scan the code or open the address to join"),
    "class_students": ("学生", "Students"),
    "class_answered": ("已作答", "Answered"),
    "class_open_next": ("下一题", "Open next question"),
    "class_reveal": ("公布答案", "Reveal the answer"),
    "class_end": ("结束测验", "End the session"),
    "class_refresh": ("刷新", "Refresh"),
    "class_leaderboard": ("排行榜", "Leaderboard"),
    "class_results": ("成绩表", "Results"),
    "class_items": ("题目统计", "Item statistics"),
    "class_export": ("导出", "Export"),
    "class_share_correct": ("正确率", "Share correct"),
    "class_discrimination": ("区分度", "Discrimination"),
    "class_distribution": ("答案分布", "Answers given"),
    "class_total": ("总分", "Total"),
    # student pages (edu.widgets, edu.notebook)
    "for_teachers": ("给教师", "For teachers"),
    "lesson_picker": ("选择一课", "Choose a lesson"),
    "plan_tree": ("行动计划目录", "Contents of the plan"),
    "progress_empty": ("还没有答题或复习记录：做一次测验或复习后，这里会显示你的进度。",
                       "No answers or reviews yet: take a quiz or review some cards, and your "
                       "progress will show here."),
    "show_answer": ("显示答案", "Show answer"),
    "refresh": ("刷新", "Refresh"),
    "practise": ("练习这些", "Practise these"),
    "weakest": ("最薄弱的十个目标", "The ten weakest targets"),
    "review_status": ("已复习 {done} · 今天还剩 {left}", "{done} done · {left} left today"),
    "all_targets": ("全部量化目标一览", "All targets at a glance"),
    "quiz_progress": ("答题进度", "Quiz progress"),
    "review_progress": ("复习进度", "Review progress"),
    "unit": ("单位", "Unit"),
    "rate_1": ("重来", "Again"),
    "rate_2": ("困难", "Hard"),
    "rate_3": ("良好", "Good"),
    "rate_4": ("简单", "Easy"),
}

LANGS = ("zh", "en", "both")


def t(key: str, lang: str) -> str:
    """The UI string *key* in *lang* (``both`` gives ``中文 / English``)."""
    zh, en = STRINGS[key]
    if lang == "zh":
        return zh
    if lang == "en":
        return en
    return f"{zh} / {en}"
