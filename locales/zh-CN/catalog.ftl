# 技术目录：胜任力、技巧与流程的名称和说明（zh-CN）。
# 消息 id 与 scenarios/catalog.ron 相同；来源：../shared/COURSEWARE.md 第 1-3 节。
# 胜任力：名称 + .description；技巧：名称 + .teaching（反馈中给学员看的一句话）；
# 流程：名称 + 每个步骤 id 一个属性。en-US/catalog.ftl 必须有完全相同的 id 和属性。

## 胜任力（评分维度）

emotion_handling = 情绪安抚与降温
    .description = 安抚客户情绪、自我控制、同理、致歉，把情绪激动的客户请离现场
listening_discovery = 倾听与需求探寻
    .description = 不打断地倾听、提问、确认、记录，找到客户的真实需求和投诉原因
ownership = 责任担当与升级
    .description = 首问负责、不推诿、第一时间处理、取得授权后升级、不归咎他人
problem_solving = 解决方案与承诺
    .description = 提供可选方案、实事求是地承诺、明确处理方式与时限、坚持原则、争取双赢、执行与验核
professional_manner = 沟通与职业风范
    .description = 礼貌、清晰、耐心、职业化的沟通，避免十大禁忌
follow_up_recovery = 补救、跟踪与总结
    .description = 额外服务、致谢、书面记录、回访跟踪、总结经验
proactive_transparency = 主动告知与预防
    .description = 及时提醒、费用透明、开通得到确认、取消方便、及早发现细微的不满
sales_progression = 销售推进
    .description = 准备、接见问候、热身与建立信任、找出热点与障碍、处理异议、成交、成交后服务、触点

## 技巧

# §2.1 情绪安抚与降温
mood_before_matter = 先处理心情，再处理事情
    .teaching = 客户还在气头上时，先安抚、认同、倾听，再去查事实、谈方案。
    .lesson-source_satisfaction_overview = 投诉处理的原则
soothe_emotions = 安抚客户情绪
    .teaching = 真诚接待、安抚心情，首先稳定顾客情绪；要去平息情绪，而不是要求客户“先冷静”。
    .lesson-source_satisfaction_overview = 安抚客户情绪
    .lesson-source_hall_floor_management = 服务要点指引：平息
stay_calm = 保持冷静
    .teaching = 客户发火时自己保持冷静，不以牙还牙，把话题拉回到解决问题上。
    .lesson-source_satisfaction_decks = 如何处理投诉
empathize_feelings = 表现出同感心，认同客户情感
    .teaching = 认同客户的感受（“换了谁都着急”）；认同感受不等于认同每一项要求。
    .lesson-source_satisfaction_overview = 表现出同感心
apologize = 表示歉意
    .teaching = 为给客户带来的麻烦真诚致歉；事实查清之前，只为客户的遭遇致歉，不急于认错赔偿。
    .lesson-source_satisfaction_overview = 投诉处理的技巧
isolate_agitated_customer = 隔离
    .teaching = 情绪激动的顾客要及时请到接待室（或后台）单独处理，注意引导语，让客户感到被重视而不是被赶走。
    .lesson-source_satisfaction_overview = 投诉处理的技巧
    .lesson-source_hall_floor_management = 服务要点指引：隔离
clear_technique = CLEAR 技巧
    .teaching = 课件只给出名称；评分时看它对应的做法：保持冷静、积极倾听、认同情感、表示歉意、提出解决方案。
    .lesson-source_user_perception = 角色扮演：CLEAR 技巧

# §2.2 倾听与需求探寻
active_listening = 积极倾听
    .teaching = 认真倾听并表示关怀：让客户把话说完，复述要点，理解客户的立场和感受。
    .lesson-source_satisfaction_decks = 积极倾听
    .lesson-source_satisfaction_overview = 积极倾听
    .lesson-source_user_perception = CLEAR 技巧：L — Listen
    .lesson-source_hall_service_marketing = 实操训练
no_interrupting_or_rebutting = 不要抢话并急于反驳
    .teaching = 等客户说完再回应；先核对记录再说明情况，不要抢话、急于反驳。
    .lesson-source_satisfaction_overview = 投诉处理的技巧
skillful_questioning = 善用提问发掘客户的不满
    .teaching = 用开放式提问发掘客户的不满和意向，不要用“还有别的事吗”把投诉关掉。
    .lesson-source_satisfaction_overview = 善用提问发掘客户的不满
confirm_complaint = 确认投诉内容
    .teaching = 把投诉要点和客户的期望复述一遍，请客户确认，不凭猜测就动手处理。
    .lesson-source_satisfaction_overview = 投诉处理的技巧
record_key_points = 记录要点
    .teaching = 边听边记录要点，必要时念给客户核对，不让客户把同一件事说两遍。
    .lesson-source_satisfaction_decks = 如何处理投诉
    .lesson-source_hall_floor_management = 顾客争议记录单
know_customer_background = 了解客户的背景
    .teaching = 先调出客户以往的记录，查清投诉的经过和原因，再下结论，不凭经验猜测、不归咎客户。
    .lesson-source_satisfaction_overview = 投诉处理的原则
find_true_intent = 了解客户的需求和真实意图
    .teaching = 探寻客户真正想要的结果和投诉的真实原因，不把客户的第一句诉求当成全部。
    .lesson-source_satisfaction_overview = 二、了解客户的需求和真实意图
probe_cause_and_scope = 探察投诉的原因，界定控制范围
    .teaching = 查明原因，分清哪些能当场解决、哪些要转交相关部门，并告诉客户各自怎么处理、多久有结果。
    .lesson-source_satisfaction_overview = 投诉处理的原则
personalize_to_needs = 了解客户需求，提供个性化服务
    .teaching = 根据客户说过的需求和使用习惯推荐方案，不千篇一律地推同一个套餐。
    .lesson-source_satisfaction_decks = 了解客户需求

# §2.3 责任担当与升级
first_contact_ownership = 首问负责制
    .teaching = 首问负责，不推诿；需要交接时由你向同事简单转述，不让顾客一件事情重复两遍。
    .lesson-source_hall_floor_management = 首问负责制
declare_ownership = 表示负责处理
    .teaching = 明确告诉客户“这件事交给我”，不拿“公司规定”推脱。
    .lesson-source_satisfaction_overview = 先处理心情：表现出同感心
respond_immediately = 不回避，第一时间处理
    .teaching = 不回避问题，第一时间处理，避免让客户感到被忽视或被怠慢。
    .lesson-source_satisfaction_overview = 投诉处理的原则
    .lesson-source_user_perception = 不回避并找出原因
    .lesson-source_satisfaction_decks = 及时响应
escalate_with_authority = 取得授权，必要时让上级参与
    .teaching = 超出权限时主动请上级参与、运用团队解决，不把升级推给客户自己去办，也不擅自答应做不了主的事。
    .lesson-source_satisfaction_overview = 投诉处理的原则
    .lesson-source_satisfaction_decks = 如何处理投诉
    .lesson-source_hall_floor_management = 厅主任亲自接待
    .lesson-source_user_perception = CLEAR 技巧：A — Authority Action

# §2.4 解决方案与承诺
offer_options = 提出有选择的解决方案
    .teaching = 在服务能力范围内给客户两三个合理的可选方案，让客户自己选。
    .lesson-source_satisfaction_overview = 三、提出有选择的解决方案
no_overpromising = 不做过度的承诺
    .teaching = 只承诺自己有权限、有能力兑现的事；今天兑现不了的承诺，就是明天的投诉。
    .lesson-source_satisfaction_overview = 投诉处理的原则
state_method_and_deadline = 明确处理方式与时限
    .teaching = 讲清楚怎么处理、什么时候有结果、由谁联系客户；不说“尽快处理”。
    .lesson-source_satisfaction_overview = 五、执行商定的解决方案
    .lesson-source_satisfaction_decks = 如何处理投诉
    .lesson-source_hall_floor_management = 顾客争议记录单
seek_agreement = 寻求客户支持和认可
    .teaching = 尊重客户的观点，处理保持中立公平，争取客户认同后再执行方案。
    .lesson-source_satisfaction_overview = 四、寻求客户支持和认可
hold_principle = 必要时，坚持原则
    .teaching = 有理有节：如实说明原则，同时给出可行的替代办法；既不因客户施压而破例，也不生硬拒绝。
    .lesson-source_satisfaction_overview = 投诉处理的原则
    .lesson-source_hall_floor_management = 服务要点指引：有理有节
seek_win_win = 争取双赢
    .teaching = 处理投诉是在寻找双赢的平衡点：既不无原则地让步，也不只顾公司一方。
    .lesson-source_satisfaction_overview = 投诉处理的原则
    .lesson-source_hall_service_marketing = 处理客户投诉：寻找双赢的平衡点
    .lesson-source_user_perception = 处理客户投诉：寻找双赢的平衡点
give_explanation = 给予口头解释
    .teaching = 用客户听得懂的话解释费用或问题是怎么产生的，不说“系统就是这么显示的”。
    .lesson-source_satisfaction_decks = 如何处理投诉
execute_and_verify = 执行商定的解决方案
    .teaching = 按商定的方案执行，向客户汇报处理过程，并请客户验核与评价。
    .lesson-source_satisfaction_overview = 五、执行商定的解决方案
take_effective_action = 采取适当的行动解决问题
    .teaching = 光表示同情不够，要采取适当的行动（如退款、更换产品）真正把问题解决。
    .lesson-source_satisfaction_decks = 采取行动

# §2.5 沟通与职业风范
courtesy_and_smile = 热情微笑和礼貌用语
    .teaching = 热情微笑，使用规范的服务用语，如“您好，请问有什么可以帮您？”。
    .lesson-source_satisfaction_decks = 热情微笑和礼貌用语
    .lesson-source_hall_floor_management = 员工行为职业化
friendly_patient_attitude = 友好、热情和专业的服务态度
    .teaching = 对客户的需求和问题给予及时、耐心的回应，同一个问题问到第三遍也不厌烦。
    .lesson-source_satisfaction_decks = 服务态度
    .lesson-source_user_perception = 移情性：耐心
clear_accurate_info = 清晰、准确地传达信息
    .teaching = 把价格、内容、期限等关键信息说清楚、说准确，不说“差不多”“用着看吧”。
    .lesson-source_satisfaction_decks = 沟通技巧
professional_behaviour = 员工行为职业化
    .teaching = 规范用语、标准行为、熟练业务：客户问到资费和产品时，能准确、自信地回答。
    .lesson-source_hall_floor_management = 员工行为职业化
    .lesson-source_satisfaction_decks = 专业素养
perspective_taking = 换位思维
    .teaching = 换上顾客的脑袋：想想自己处在客户的位置会是什么感受，再决定怎么做。
    .lesson-source_hall_floor_management = 换位思维
warm_farewell = 顾客离开时：感谢、致意、关怀
    .teaching = 顾客离开时注视顾客致谢（“谢谢光临”），提醒带好随身物品，天气不好时多一句关怀。
    .lesson-source_hall_floor_management = 顾客离开
supervisor_coaching = 现场督导及辅导技巧
    .teaching = 先了解背景，不先入为主；用具体事实当场赞扬；多提问启发，不急于给出全部答案。
    .lesson-source_hall_floor_management = 现场督导及辅导技巧

# §2.6 十大禁忌（致命项，100-1=0）
taboo_argue_interrupt = 争辩、争吵、打断客户
    .teaching = 十大禁忌之一。不与客户争辩、争吵，不打断客户；先让客户说完，再一起核对。
    .lesson-source_hall_floor_management = 十大禁忌
taboo_lecture_criticize_mock = 教育、批评、讽刺客户
    .teaching = 十大禁忌之一。不教育、不批评、不讽刺客户；把条款耐心地讲清楚。
    .lesson-source_hall_floor_management = 十大禁忌
taboo_flat_refusal = 直接拒绝客户
    .teaching = 十大禁忌之一。即使按规定办不了，也要说明原因，并给出能做的替代办法。
    .lesson-source_hall_floor_management = 十大禁忌
taboo_imply_ignorant = 暗示客户什么都不懂
    .teaching = 十大禁忌之一。不要让客户觉得自己什么都不懂；设置再绕，也陪客户一步步来。
    .lesson-source_hall_floor_management = 十大禁忌
taboo_deny_error = 强调自己正确的方面，不承认错误
    .teaching = 十大禁忌之一。事实表明是我们的错，就坦率承认并致歉，不要只强调自己正确的方面。
    .lesson-source_hall_floor_management = 十大禁忌
taboo_imply_unimportant = 表示或暗示客户不重要
    .teaching = 十大禁忌之一。金额再小，客户的感受也重要，认真对待每一个问题。
    .lesson-source_hall_floor_management = 十大禁忌
taboo_vague_evasive = 语言含糊，打太极拳
    .teaching = 十大禁忌之一。不说“研究研究”“要看情况”，讲清楚怎么处理、什么时候答复。
    .lesson-source_hall_floor_management = 十大禁忌
taboo_blame_colleagues = 责备和批评同事，表白自己的成绩
    .teaching = 十大禁忌之一。不把责任推给同事，也不表白自己；在客户面前，我们是一个整体。
    .lesson-source_hall_floor_management = 十大禁忌
taboo_create_obstacles = 为解决问题设置障碍
    .teaching = 十大禁忌之一。不设不必要的手续和门槛，能在系统里查到的，就别让客户来回跑。
    .lesson-source_hall_floor_management = 十大禁忌
taboo_premature_liability = 在事实澄清以前便承担责任
    .teaching = 十大禁忌之一。可以为给客户添的麻烦道歉，但要先查清事实，再按规定承担责任。
    .lesson-source_hall_floor_management = 十大禁忌

# §2.7 补救、跟踪与总结
extra_service = 额外的服务
    .teaching = 问题解决之后，在权限内给予额外的补偿或服务，超越客户期望值；赠品不能代替解决问题。
    .lesson-source_satisfaction_overview = 六、额外的服务
    .lesson-source_hall_floor_management = 服务要点指引：有理有节
    .lesson-source_hall_service_marketing = 超期望值服务
    .lesson-source_user_perception = 超期望值服务
thank_for_feedback = 感谢顾客提出意见
    .teaching = 合理问题在解决之后，感谢顾客提出意见，并赠与小礼品。
    .lesson-source_hall_floor_management = 服务要点指引：有理有节
dispute_record_sheet = 顾客争议记录单
    .teaching = 填写争议记录单：写明争议事由和首次答复的时间，留下单号、联系人和电话，一联交顾客带走。
    .lesson-source_hall_floor_management = 顾客争议记录单
follow_up = 后续跟踪
    .teaching = 约好回访时间并兑现；回访时确认问题是否解决、客户是否满意，而不是照本宣科。
    .lesson-source_satisfaction_overview = 七、后续跟踪
    .lesson-source_hall_floor_management = 专人电话回访
    .lesson-source_satisfaction_decks = 保持跟进
summarize_lessons = 总结经验
    .teaching = 前事不忘，后事之师：总结投诉处理的经验和教训，制定预防措施，而不是抱怨客户难缠。
    .lesson-source_satisfaction_overview = 八、总结经验
    .lesson-source_satisfaction_decks = 建立客户反馈档案
    .lesson-source_user_perception = 前事不忘，后事之师

# §2.8 主动告知与预防
timely_reminder = 及时提醒告知
    .teaching = 客户可能遇到的费用（超量、漫游、自动续费、免费期结束）要主动提前告知。
    .lesson-source_satisfaction_decks = 及时提醒告知
    .lesson-source_hall_service_marketing = 对异常消费告知缺失
fee_reasonableness = 费用合理：有用、好用、透明
    .teaching = 让客户明白钱花在哪里：对他有用、用起来好用、收费透明，不乱收费、不超出客户的预期。
    .lesson-source_satisfaction_decks = 费用合理的标准
confirm_subscription = 开通得到确认
    .teaching = 开通任何业务之前，讲清资费并征得客户明确同意，杜绝“不知情定制”。
    .lesson-source_satisfaction_decks = 新业务指标
easy_cancellation = 取消方便
    .teaching = 告诉客户随时可以怎样退订，并当场教会他；不要让客户“只能打客服电话”。
    .lesson-source_satisfaction_decks = 取消方便
    .lesson-source_hall_service_marketing = 客户新业务感知过程
prevent_complaints = 用预防来解决客户投诉
    .teaching = 察觉客户哪怕细微的不满意，比客户考虑得更多，把小小的不满扼杀在萌芽状态。
    .lesson-source_satisfaction_overview = 用预防来解决客户投诉
caring_touches = 贴心关怀，建立客户档案
    .teaching = 记住客户的喜好和需求（如过敏、偏好），下次主动用上，让客户感到被记住。
    .lesson-source_satisfaction_decks = 贴心关怀
stay_half_step_ahead = 永远超前客户半步
    .teaching = 想在客户前面半步，主动满足下一个需要，并把服务“结束”的那一刻做好。
    .lesson-source_hall_floor_management = 超越客户
guide_channel_diversion = 引导客户分流
    .teaching = 高峰时把简单业务引导到自助机、网厅、短厅办理，并亲自带客户过去，而不是一句“去排队”。
    .lesson-source_hall_service_marketing = 优化渠道分流

# §2.9 销售推进
pre_tour_preparation = PRE-TOUR 准备工作
    .teaching = 接待之前做好准备：着装规范（男士西装领带，女士套装），最新资料提前备齐。
    .lesson-source_satisfaction_decks = 销售技巧：一、PRE-TOUR 准备工作
meet_and_greet = 接见问候：微笑、握手、递名片
    .teaching = 微笑并直视客户，握手有力，双手递名片，并报出公司、姓名和职务。
    .lesson-source_satisfaction_decks = 销售技巧：二、接见问候
low_pressure_opening = 看看？没关系，请随便看
    .teaching = 客户说“随便看看”时不施压：认同买房是大事、值得多方比较，提供资料，同时留意客户的表情。
    .lesson-source_satisfaction_decks = 销售技巧：二、接见问候
seat_couples = 夫妻同来，安排同性坐在靠自己近的位置
    .teaching = 客户是夫妻一同前来时，安排与自己同性的一方坐在靠近自己的位置。
    .lesson-source_satisfaction_decks = 销售技巧：二、接见问候
warm_up_rapport = WARM UP 聊天、热身
    .teaching = 先聊天热身：交朋友、让客人放轻松、建立信任度、找到共同语言，不要一上来就报价。
    .lesson-source_satisfaction_decks = 销售技巧：三、WARM UP 热身
build_trust = 建立信任关系：诚实、守信、专业
    .teaching = 诚实、守信、专业：主动说明产品的不足，不夸大产品性能。
    .lesson-source_satisfaction_decks = 建立信任关系
find_hotspots_and_barriers = 找出客户的情绪热点、卖点与心理障碍点
    .teaching = 注意客户的面部表情和在意的细节，找出情绪热点、卖点和心理障碍点，再有针对性地回应。
    .lesson-source_satisfaction_decks = 销售技巧：三、WARM UP 热身
polite_objection_reply = 礼貌性回答
    .teaching = 回应异议先肯定再说明：“您的话有一定道理，但是……”，接着摆事实；不说“你这样说不对”。
    .lesson-source_satisfaction_decks = 礼貌性回答
recommend_timing = 掌握向客户推荐的时机
    .teaching = 先揣摩顾客的需要，再推荐；推荐要和客户说过的用法挂钩。
    .lesson-source_hall_service_marketing = 揣摩顾客需要的关键时刻
objection_moment = 处理异议关键时刻
    .teaching = 认真听取客户的异议，积极解答，并进一步判断成交的机会。
    .lesson-source_hall_service_marketing = 处理异议关键时刻
closing_moment = 成交关键时刻
    .teaching = 客户仔细参观或聆听介绍时，再次做说服性陈述并提出成交建议；客户仍有疑虑时不硬推。
    .lesson-source_hall_service_marketing = 成交关键时刻
post_sale_moment = 成交后服务的关键时刻
    .teaching = 成交之后仍然细致认真地服务，给客户留下好印象，带来二次机会。
    .lesson-source_hall_service_marketing = 成交后服务的关键时刻
touchpoint_awareness = 触点（营业厅16个触点）
    .teaching = 每个触点都是客户的瞬间感受：看到徘徊的客户要主动接近，吸引顾客，创造营销机会。
    .lesson-source_hall_floor_management = 触点
    .lesson-source_hall_service_marketing = 初步接触时关键时刻

# §2.10 投诉客户的公平期望
fair_outcome = 结果公平
    .teaching = 处理结果要符合期望且合理公平，补救要与客户受到的损失相称。
    .lesson-source_satisfaction_overview = 投诉客户的期望
fair_procedure = 程序公平
    .teaching = 按合理的程序处理，并向客户讲清流程，兼顾人情与法理，不中途改变规则。
    .lesson-source_satisfaction_overview = 投诉客户的期望
fair_interaction = 互动公平
    .teaching = 互动处理时具备关怀心、包容心与同情心。
    .lesson-source_satisfaction_overview = 投诉客户的期望

## 流程

proc_complaint_002 = 投诉处理：先处理心情，再处理事情
    .a_feelings_first = 先处理心情：安抚客户情绪、积极倾听、表现出同感心
    .s1_prepare = 一、准备：了解以往记录，调查投诉过程，分析投诉原因
    .s2_true_intent = 二、了解客户的需求和真实意图
    .s3_options = 三、提出有选择的解决方案，不超出服务能力范围
    .s4_agreement = 四、寻求客户支持和认可
    .s5_execute = 五、执行商定的解决方案：明确处理方式与时限，汇报并请客户验核
    .s6_extra_service = 六、额外的服务
    .s7_follow_up = 七、后续跟踪
    .s8_lessons = 八、总结经验
    .lesson-source_satisfaction_overview = 投诉处理的原则

proc_hall_dispute_003 = 争议处理：平息、隔离、有理有节
    .s1_calm = 平息：首先稳定顾客情绪，首问负责，不推诿
    .s2_isolate = 隔离：把情绪激动的顾客请到接待室或后台，由负责人亲自接待
    .s3_on_principle = 有理有节：按原则处理，填写争议记录单，承诺首次答复的时间
    .s4_thanks_gift = 合理问题解决之后，感谢顾客提出意见并赠与小礼品
    .s5_callback = 专人电话回访，跟踪落实
    .lesson-source_hall_floor_management = 服务要点指引

proc_complaint_5step_000 = 如何处理投诉
    .a_listen = a. 认真听取意见
    .b_stay_calm = b. 保持冷静
    .c_record = c. 记录要点
    .d_explain = d. 给予口头解释，必要时上报上级，再反馈
    .e_time_needed = e. 把解决问题所需要的时间告诉顾客
    .lesson-source_satisfaction_decks = 服务意识：如何处理投诉

proc_after_sales_000 = 提供优质的售后服务
    .s1_respond = 及时响应
    .s2_solve = 解决问题
    .s3_keep_following = 保持跟进
    .lesson-source_satisfaction_decks = 提供优质的售后服务

proc_touchpoint_sales_moments_001 = 触点服务营销的关键时刻
    .s1_first_contact = 初步接触：吸引顾客，接近顾客，创造营销机会
    .s2_read_need = 揣摩顾客需要，掌握向客户推荐的时机
    .s3_objection = 处理异议：认真听取，积极解答，判断机会
    .s4_close = 成交：再次说服性陈述，促进下定决心
    .s5_after_sale = 成交后服务：细致认真，带来二次机会
    .lesson-source_hall_service_marketing = 触点服务营销的关键时刻

proc_sales_visit_000 = 销售接待：准备、接见问候、热身
    .s1_pre_tour = 一、准备工作：着装得体，资料备齐
    .s2_greeting = 二、接见问候：微笑、目光接触，介绍自己的单位、姓名和职务
    .s2_opening_seating = 二、开场与入座：不施压的开场，安排好客人的座位
    .s3_warm_up = 三、热身交谈：建立信任，找出客户关注的热点与顾虑
    .s4_objection_reply = 四、礼貌地回答客户的异议
    .lesson-source_satisfaction_decks = 销售技巧

proc_sales_drill_001 = 实操训练：从营销话术到提出成交建议
    .s1_sales_talk = 营销话术
    .s2_presentation = 产品呈现
    .s3_listening = 倾听
    .s4_answer_doubts = 解答疑惑
    .s5_propose_close = 提出成交建议
    .lesson-source_hall_service_marketing = 实操训练

proc_departure_003 = 顾客离开
    .s1_thank_and_care = 致谢、温馨提示（随身物品、天气），需要时为老、幼、妇、残、孕顾客提供帮助（如爱心伞）
    .lesson-source_hall_floor_management = 顾客离开

proc_new_service_perception_001 = 客户新业务感知过程
    .s1_order = 订购：业务符合需求，开通得到确认
    .s2_charge_awareness = 订购查询扣费知晓：费用透明，及时提醒
    .s3_use = 产品体验：容易使用
    .s4_cancel = 退订：取消方便
    .lesson-source_hall_service_marketing = 客户新业务感知过程
    .lesson-source_satisfaction_decks = 新业务指标

## 案例（COURSEWARE.md 第 4 节）：名称与 .summary

case_ringback_unknowing_subscription = 彩铃：不知情定制
    .summary = 客户发现每月被扣彩铃费，情绪激动；要讲清订购记录、退费规则和取消方法。
case_mobile_data_slow = 手机上网：网速慢、断线
    .summary = 客户花钱却上不了网，又急又烦；原因在网络，不在前台能控制的范围内。
case_cmmb_mobile_tv = 手机电视：无法正常收看套餐频道
    .summary = 客户订了套餐却看不了，要求退费；部分原因不在运营商一方。
case_gprs_billing_dispute = 流量费用争议：账单暴增或计费错误
    .summary = 客户被账单吓到，要求全部免除；先核查清单、讲清原因，再谈处理。
case_hall_peak_queue = 高峰排队
    .summary = 客户排长队不耐烦，怀疑有人插队；得到认可、如实告知等待时间并引导到更快的渠道后，情绪缓和。
case_hall_agitated_dispute = 柜台前的激烈争议
    .summary = 顾客情绪激动、当众吵闹；首问负责，把顾客请到安静处，有理有节地处理，填写记录单并回访。
case_hotel_room_cleanliness = 酒店：客房没有打扫干净
    .summary = 客人发现房间不干净，非常不满；立即处理、提供选择并跟进回访，才能挽回客人。
case_hotel_special_diet = 酒店：特殊饮食需求
    .summary = 过敏的客人需要确切的答复，而不是厨房做不到的承诺；下次来时被记住会让客人惊喜。
case_car_repair_not_fixed = 汽车经销商：一次未能修好
    .summary = 车修完故障依旧，车主愤怒，要保证和补偿；查记录、给方案、落实到位才能平息。
case_car_parts_price_supply = 汽车经销商：配件价格、供应或质量
    .summary = 客户觉得配件太贵或等得太久；尊重地讲清价格依据，找到双赢的做法。
case_car_delivery_promise_broken = 汽车经销商：交车日期承诺未履行
    .summary = 买车的客户觉得被骗，要见经理；承担责任、不指责同事，给出实际的新日期和权限内的补偿。
case_property_sales_visit = 销售接待：接见问候与热身
    .summary = “随便看看”的客户戒备心强，在热身交谈中放松下来，说出吸引他的地方和顾虑，并提出异议。
case_hall_touchpoint_sale = 触点营销：手机、套餐或捆绑业务
    .summary = 在展台前徘徊的客户被主动接近，摸清需求、解答异议，在合适的时机提出成交建议。
case_campaign_dispute = 促销活动争议
    .summary = 承诺的返还没有到账，或营销包到期没有取消；公开核对条款，给出公平的结果。
case_broadband_perception = 家庭宽带的用户感知
    .summary = 家庭宽带故障或捆绑业务投诉；课件只有培训目标，具体情节由情景自己写明。
case_dissatisfied_callback = 不满意客户回访
    .summary = 给打了低分的客户回访电话；客户起初冷淡，被问对问题后才说出真实想法。
case_hall_departure = 顾客离开
    .summary = 门口的一个小场景，比如老人离开时天正下雨：致谢、关怀，递上一把爱心伞。

## 出处：课件原始文件在课程中的名称

source_satisfaction_decks = 《客户满意度提升关键培训课件》合集（客户导向、服务意识、销售技巧、客户服务关键时刻、酒店客户服务）
source_hall_service_marketing = 营业厅与集团客户服务营销课程（共六讲）
source_satisfaction_overview = 《客户满意度培训概要》：汽车经销商的投诉处理
source_hall_floor_management = 《营业厅顾客满意度提升》：“顾客体验式”现场管理
source_user_perception = 《基于用户感知的提升》：宽带服务课程
