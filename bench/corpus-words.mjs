// Word lists of the synthetic benchmark corpus: general knowledge only (surnames, given-name characters,
// body suffixes, meeting kinds) plus place stems made up for the benchmark. Nobody here is a real person.
export const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史黎贺顾毛郝龚邵万钱武戴孔汤庞樊殷施陶洪翟颜倪严温季俞章鲁葛伍申毕聂柴焦向柳邢岳齐梅莫庄辛管祝左涂谷祁舒耿詹凌费纪靳盛童欧项裴席卫屈鲍霍翁甘景柏宁柯阮桂闵'];
export const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚华建国志红玉兰春燕文辉丹萍鹏飞斌宇浩凯晨欣怡佳琪梓涵轩博然思远溪嘉树景澄承安哲薇立新启航岚婉清禾朗峻蔚冉彤珂睿'];
/** made-up place stems (two characters each) */
export const PLACE_STEMS = ['云杉', '鹭湖', '松涛', '青禾', '澜溪', '栖梧', '翠屏', '岚峰', '枫林', '沐阳', '望海', '南屿', '北岭', '东篱', '西畈', '澄川', '石溪', '桐岗', '梅渚', '柘塘'];
export const REGION_LEVELS = ['县', '区', '市'];
export const TOWN_LEVELS = ['镇', '街道', '乡'];
export const BUREAUS = ['商务局', '交通运输局', '农业农村局', '文化和旅游局', '应急管理局', '财政局', '教育局', '卫生健康委员会', '工业和信息化局', '自然资源和规划局', '发展和改革委员会', '市场监督管理局'];
export const PARK_BODIES = ['高新区党工委', '经济开发区管委会', '产业园党工委'];
export const TRADES = ['新材料', '智能装备', '生物科技', '电子信息', '食品', '物流', '新能源', '精密机械'];
/** meeting names end in one of the kinds the recognisers know */
export const MEETING_TOPICS = [
  ['经济工作', '会议'], ['安全生产工作', '会议'], ['重点项目建设', '推进会'], ['营商环境优化提升', '推进会'],
  ['民营企业发展', '座谈会'], ['乡村振兴工作', '座谈会'], ['文明城市创建', '启动仪式'], ['全民健身月', '启动仪式'],
  ['招商引资工作', '调度会'], ['防汛工作', '部署会'],
];
export const STATEMENTS = [
  '要坚持稳中求进，推动重点项目早开工、早见效，抓好安全生产和民生保障各项工作。',
  '要主动担当作为，把各项任务细化到岗、落实到人，确保全年目标任务圆满完成。',
  '要持续优化营商环境，当好服务企业的“店小二”，帮助企业解决发展中的实际困难。',
  '要守牢安全底线，压紧压实各方责任，切实保障人民群众生命财产安全。',
  '要聚焦群众急难愁盼，办好民生实事，不断增强群众的获得感和幸福感。',
];
export const REMARKS = [
  '下一步将加快项目审批，全力保障企业用地用能需求。',
  '今年以来全区新签约项目十二个，总投资超过四十亿元。',
  '将组织专班逐企走访，做到问题早发现、早解决。',
  '全年计划完成道路提升改造二十公里，新增停车泊位三千个。',
];
