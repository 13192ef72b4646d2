"""Word lists for target extraction: units, comparator wording and what is never a target.

Units are kept as the text writes them (``%``, ``亿亩``, ``万人次``, ``周岁``); ``万``/``亿`` stay
in the unit, because the validator reads a value as the number written right before its unit
(``700万人次`` is 700 of 万人次). Comparators follow ``content/README.md``.

:data:`UNITS` is the list of *known* units; a unit outside it is still recognised by its shape
(see :mod:`edu.ingest.units`, which uses the building blocks below) and reported as new.
"""

from __future__ import annotations

import re

#: Magnitudes written between a number and its unit.
MAGNITUDES = ("万亿", "亿", "万")

#: Units after a number, longest first where one is a prefix of another. Deliberately absent:
#: 期 轮 届 批 (counts of plans, rounds and batches), 月 号 (dates), 级 类 (grades); 日 is a
#: unit of days except in a date (after 月).
UNITS = tuple(sorted((
    "%", "％", "‰", "个百分点", "百分点", "倍",
    "个月", "个", "种", "项", "所", "家", "座", "处", "条", "件", "套", "台", "张", "部",
    "场", "本", "册", "篇", "名", "位", "户", "人次", "人口", "人", "床", "辆", "艘", "架",
    "次", "年", "周岁", "岁", "天", "日", "小时", "分钟", "周",
    "公里", "千米", "平方公里", "平方米", "米", "公顷", "亩", "立方米", "吨", "千克", "公斤",
    "千瓦时", "千瓦", "元", "美元",
), key=len, reverse=True))

#: A rate per 10,000 or 100,000 written after the number: 14.5/10万.
RATE_UNIT = re.compile(r"/\d+万")

#: Time units after which a bare 内 means "within".
TIME_UNITS = frozenset({"年", "个月", "天", "日", "小时", "分钟", "周"})

#: Units that count things: a small Chinese numeral before one of them names a set
#: (落实两个责任, 三项制度改革) unless a verb that makes or counts things comes right before it.
COUNTERS = frozenset({"个", "种", "项", "所", "家", "座", "处", "条", "件", "套", "台", "张",
                      "部", "场", "本", "册", "篇", "名", "位", "户", "床", "辆", "艘", "架",
                      "次"})
#: Verbs that plan an amount, and comparator words, before a number (建成…个, 新增…, 至少…).
MAKE_WORDS = (
    "建设", "建成", "新建", "打造", "培育", "设立", "认定", "创建", "组建",
    "培训", "举办", "开展", "完成", "制定", "修订", "出台", "推出", "建立",
    "改造", "升级", "命名", "遴选", "资助", "招收", "补充", "配备", "增设",
    "开设", "扶持", "新增", "增加", "达到", "提高到", "不少于", "不低于", "至少",
    "超过", "约", "用", "再", "每年", "累计",
)
#: One of :data:`MAKE_WORDS` right before the number (the end of the text searched).
MAKE_VERBS = re.compile(f"(?:{'|'.join(MAKE_WORDS)})$")

#: A unit followed by one of these characters is the start of a word, not a unit
#: (部门, 家庭, 条件, 名单, 位置, 户籍, 场所, 台阶, 人民币, 年来, 年代 …).
NOT_UNIT_BEFORE: dict[str, str] = {
    "部": "门署分", "家": "庭长属", "条": "件例款", "种": "类植", "处": "理罚置", "名": "单称义",
    "位": "置于", "户": "籍口", "台": "阶", "场": "所景合", "人": "民", "年": "来前间后代度级轻",
    "次": "要序", "件": "事", "本": "地级科", "项": "目", "周": "边围期",
}

#: A number and unit followed by one of these is a name or a description, not a target.
NAME_AFTER = re.compile(r"^(?:行动|计划|规划|纲要|少数民族|民族|省|自治区|直辖市)")

#: Comparator wording before the number: (words, comparator, where the metric is).
#: ``subject``: the metric is what comes before the words (覆盖率达到88%);
#: ``between``: the metric is between the words and the number (新增供水能力290亿立方米);
#: ``object``: the metric is what follows the unit (严守18亿亩耕地红线).
KEYWORDS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("不低于", "不少于", "不小于", "不得低于", "不得少于", "至少", "超过", "高于", "多于",
      "大于"), "at_least", "subject"),
    (("严守", "守住", "坚守", "守牢"), "at_least", "object"),
    (("不高于", "不超过", "不多于", "不大于", "不得超过", "不得高于", "低于", "小于", "少于",
      "控制在", "控制到", "降至", "降到", "降低到", "降低至", "下降到", "下降至", "减少到",
      "减少至", "压减到", "压减至", "缩短到", "缩短至", "缩小到", "缩小至"), "at_most", "subject"),
    (("达到", "保持在", "稳定在"), "reach", "subject"),
    (("提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "扩大到",
      "扩大至", "上升到", "上升至"), "raise_to", "subject"),
    (("新增",), "increase_by", "between"),
    (("提高", "提升", "增加", "增长", "年均增长", "年均提高"), "increase_by", "subject"),
    (("降低", "下降", "减少", "压减", "缩减", "缩小", "缩短"), "reduce_by", "subject"),
    (("延长至", "延长到"), "extend_to", "subject"),
    (("再延长", "延长"), "extend_by", "subject"),
    (("约", "大约"), "about", "object"),
    (("达",), "reach", "subject"),  # 覆盖率达95%: only right before the number (达标, 发达)
)

#: Keyword → (comparator, metric position); used by the extractor.
KEYWORD: dict[str, tuple[str, str]] = {
    word: (comparator, where) for words, comparator, where in KEYWORDS for word in words
}
KEYWORD_RE = re.compile("|".join(sorted(map(re.escape, KEYWORD), key=len, reverse=True)))

#: Comparator words that count only right before the number (节约, 约束, 达标, 发达 are words).
ONLY_BEFORE_NUMBER = frozenset({"约", "大约", "达"})

#: Comparators that say by how much (a floor or ceiling after them does not replace them).
BY_COMPARATORS = frozenset({"increase_by", "reduce_by", "extend_by"})

#: Wording after the unit.
AT_LEAST_AFTER = ("及以上", "以上")
AT_MOST_AFTER = ("及以下", "以下", "以内", "之内")
APPROXIMATE = "左右"

#: A baseline year: 在2015年基础上, 比2015年, 较2015年, 与2015年相比, 相比2015年.
BASELINE_YEAR = re.compile(
    r"(?:在(\d{4})年(?:的)?基础上|比(\d{4})年(?:末|底)?|较(\d{4})年(?:末|底)?"
    r"|与(\d{4})年(?:末|底)?相比|相比(\d{4})年(?:末|底)?)")

#: Characters before a number that make it an ordinal, a rate's base (每千人, 14.5/10万), an
#: age limit (年满16周岁) or a look back (近五年).
NOT_BEFORE = "第每近前满/"

#: Spans that hold names, not targets: book titles and quotations.
QUOTED = re.compile(r"《[^《》]*》|“[^“”]*”|「[^「」]*」|\"[^\"]*\"")

#: Words trimmed from the front and back of a metric.
METRIC_LEAD = re.compile(
    r"^(?:[，、；：和及与并且]|（[^）]*）|力争|争取|确保|落实|推动|使|将|把|其中|同时|努力|到\d{4}年(?:底|末)?"
    r"|时间|的|从|由)+")
METRIC_TAIL = re.compile(r"(?:[，、；：和及与]|分别|均|在|为|要|将|从|由|的|以|再)+$")

#: Connectors that may stand between the numbers of a list (分别降低13.5%、18%).
LIST_GLUE = re.compile(r"^[、，和及与或以及]*$")

#: Marks of a range or a period right after a number (2021－2025, 3－6岁, 1至3年).
RANGE_AFTER = re.compile(r"^(?:[－\-—–~～至到]\d|[－\-—–~～][〇零一二两三四五六七八九十])")


# --- building blocks of units recognised by their shape (edu.ingest.units) ---------------------

#: Measure words (量词): a closed word class of Chinese, so listing it is not guessing units.
CLASSIFIERS = frozenset(
    "个种项所家座处条件套台张部场本册篇名位户床辆艘架次人间支门节棵株头只匹块片栋幢根份起例"
    "宗对双组列趟班颗枚盏眼口顿餐")

#: Prefixes of measures (平方米, 立方米, 千瓦, 兆瓦, 毫克, 微克, 厘米).
MEASURE_PREFIXES = ("平方", "立方", "千", "兆", "吉", "太", "毫", "微", "纳", "厘")

#: Bases of measures, after an optional prefix (米, 克, 瓦, 瓦时, 秒, 吨, 升 …).
MEASURE_BASES = ("瓦时", "公里", "公顷", "公斤", "公升", "分贝", "赫兹", "小时", "分钟", "米",
                 "克", "升", "瓦", "秒", "吨", "伏安", "伏", "斤", "亩")

#: What may follow a mass or an energy and belongs to it (吨标准煤, 吨油当量, 万标准箱).
UNIT_QUALIFIERS = ("二氧化碳当量", "标准煤", "标煤", "油当量", "当量", "标准箱")

#: Joins of a compound unit: 立方米每秒, 小时每周, 人/万人, 微克/立方米.
UNIT_JOINS = ("每", "/", "／")

#: Units only after a join (元每人每月, 次/学期): alone, 3月 is a date and 2学期 a description.
JOINED_ONLY = ("季度", "学年", "学期", "月")

#: A time noun after 个 belongs to the unit (个工作日, 个自然日, 个学期 is not one).
TIME_NOUN_AFTER_GE = re.compile(
    r"^(?:工作日|自然日|日历日|交易日|小时|星期|学时|课时|工时|学期|学年|季度|月|年)")

#: Characters that end a unit written after a number: particles, prepositions and conjunctions
#: (的 以 之 和 与 及 …), the start of a bound word, and anything that is not a Chinese character.
UNIT_BOUNDARY = frozenset("的以之左和与及或等并且内为是在到至从由比较用将把对向给使于其外中上下")

#: What is never a unit even where a unit is expected: counts of plans, rounds and batches,
#: grades, dates, and vague amounts (三期, 二级, 五星级, 3月, 三成, 10多).
NEVER_UNIT = frozenset({
    "期", "轮", "届", "批", "号", "级", "类", "月", "季度", "版", "代", "星", "星级", "档", "层",
    "等", "成", "点", "方面", "大", "多", "余", "强", "佳", "线", "流", "化", "体", "维", "同",
    "全", "新", "好", "心", "定", "位一体", "来", "后", "前", "致", "般", "些", "律", "贯",
    "直", "再", "步", "道", "起",
})

#: Verbs that may follow a unit directly (72学时完成培训); with the comparator and planning verbs
#: they end a unit that no list names.
VERBS_AFTER_UNIT = ("完成|实现|参加|参与|接受|用于|进行|开展|提供|覆盖|惠及|服务|培训|学习|落实|"
                    "实行|推行|达标|合格|以上")

#: Longest unit the shape fallback takes as new (学时, 学分, 标准箱 …); a longer run is a noun.
MAX_NEW_UNIT = 3
