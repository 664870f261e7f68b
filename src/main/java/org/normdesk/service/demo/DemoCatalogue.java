package org.normdesk.service.demo;

import java.util.List;

/**
 * The fixed vocabulary the demo generator draws from: Henan's cities and their counties, the city government
 * departments, subject areas with their topics, title forms, filing notes. Everything is a {@link List}, so
 * the generator's output depends only on its seed, never on hash order.
 */
final class DemoCatalogue {
    private DemoCatalogue() {
    }

    /** The city the 600-document demo models; in a province-scale register it is one of 18. */
    static final String HOME_CITY = "濮阳市";

    /**
     * @param name     city name as in issuer names (濮阳市)
     * @param code     one-character 机关代字 root (濮 → 濮政, 濮政办, 濮市监 …)
     * @param weight   relative size, used to share documents out in a province-scale register
     * @param counties county-level governments; districts are written without the city name
     */
    record City(String name, String code, double weight, List<String> counties) {
    }

    /** Henan's 17 prefecture-level cities and 济源 (county lists as of 2020). */
    static final List<City> HENAN = List.of(
            new City("郑州市", "郑", 2.0, List.of("中原区", "二七区", "管城回族区", "金水区", "上街区", "惠济区",
                    "中牟县", "巩义市", "荥阳市", "新密市", "新郑市", "登封市")),
            new City("开封市", "汴", 0.9, List.of("龙亭区", "顺河回族区", "鼓楼区", "禹王台区", "祥符区", "杞县",
                    "通许县", "尉氏县", "兰考县")),
            new City("洛阳市", "洛", 1.4, List.of("老城区", "西工区", "瀍河回族区", "涧西区", "吉利区", "洛龙区",
                    "孟津县", "新安县", "栾川县", "嵩县", "汝阳县", "宜阳县", "洛宁县", "伊川县", "偃师市")),
            new City("平顶山市", "平", 1.0, List.of("新华区", "卫东区", "石龙区", "湛河区", "宝丰县", "叶县",
                    "鲁山县", "郏县", "舞钢市", "汝州市")),
            new City("安阳市", "安", 1.0, List.of("文峰区", "北关区", "殷都区", "龙安区", "安阳县", "汤阴县", "滑县",
                    "内黄县", "林州市")),
            new City("鹤壁市", "鹤", 0.6, List.of("鹤山区", "山城区", "淇滨区", "浚县", "淇县")),
            new City("新乡市", "新", 1.1, List.of("红旗区", "卫滨区", "凤泉区", "牧野区", "新乡县", "获嘉县", "原阳县",
                    "延津县", "封丘县", "长垣市", "卫辉市", "辉县市")),
            new City("焦作市", "焦", 0.9, List.of("解放区", "中站区", "马村区", "山阳区", "修武县", "博爱县", "武陟县",
                    "温县", "沁阳市", "孟州市")),
            new City(HOME_CITY, "濮", 0.8, List.of()),
            new City("许昌市", "许", 0.9, List.of("魏都区", "建安区", "鄢陵县", "襄城县", "禹州市", "长葛市")),
            new City("漯河市", "漯", 0.7, List.of("源汇区", "郾城区", "召陵区", "舞阳县", "临颍县")),
            new City("三门峡市", "三", 0.7, List.of("湖滨区", "陕州区", "渑池县", "卢氏县", "义马市", "灵宝市")),
            new City("南阳市", "宛", 1.4, List.of("宛城区", "卧龙区", "南召县", "方城县", "西峡县", "镇平县", "内乡县",
                    "淅川县", "社旗县", "唐河县", "新野县", "桐柏县", "邓州市")),
            new City("商丘市", "商", 1.1, List.of("梁园区", "睢阳区", "民权县", "睢县", "宁陵县", "柘城县", "虞城县",
                    "夏邑县", "永城市")),
            new City("信阳市", "信", 1.1, List.of("浉河区", "平桥区", "罗山县", "光山县", "新县", "商城县", "固始县",
                    "潢川县", "淮滨县", "息县")),
            new City("周口市", "周", 1.1, List.of("川汇区", "淮阳区", "扶沟县", "西华县", "商水县", "沈丘县", "郸城县",
                    "太康县", "鹿邑县", "项城市")),
            new City("驻马店市", "驻", 1.1, List.of("驿城区", "西平县", "上蔡县", "平舆县", "正阳县", "确山县", "泌阳县",
                    "汝南县", "遂平县", "新蔡县")),
            new City("济源市", "济", 0.5, List.of()));

    /**
     * A county-level body of the home city, spelled out because the real 机关代字 do not follow one rule.
     *
     * @param governmentName the body's full name
     * @param place          how titles name the place (清丰县, 华龙区)
     * @param code           机关代字; a general office adds 办
     * @param zone           a management committee (管委会): a dispatched agency without a general office
     */
    record HomeCounty(String governmentName, String place, String code, boolean zone) {
    }

    /** 濮阳: five counties and four districts (华龙区 and three management committees that count as districts). */
    static final List<HomeCounty> HOME_COUNTIES = List.of(
            new HomeCounty("濮阳县人民政府", "濮阳县", "濮县政", false),
            new HomeCounty("清丰县人民政府", "清丰县", "清政", false),
            new HomeCounty("南乐县人民政府", "南乐县", "南政", false),
            new HomeCounty("范县人民政府", "范县", "范政", false),
            new HomeCounty("台前县人民政府", "台前县", "台政", false),
            new HomeCounty("濮阳市华龙区人民政府", "华龙区", "华政", false),
            new HomeCounty("濮阳经济技术开发区管理委员会", "濮阳经济技术开发区", "濮开管", true),
            new HomeCounty("濮阳工业园区管理委员会", "濮阳工业园区", "濮工管", true),
            new HomeCounty("濮阳市城乡一体化示范区管理委员会", "濮阳市城乡一体化示范区", "濮示管", true));

    /**
     * A city government department.
     *
     * @param name       name after the city (市场监督管理局 → 濮阳市市场监督管理局)
     * @param codeSuffix 机关代字 after the city's code character (市监 → 濮市监)
     * @param area       subject area of most of its documents
     * @param weight     how many documents it issues relative to the others
     */
    record Department(String name, String codeSuffix, String area, double weight) {
    }

    static final List<Department> DEPARTMENTS = List.of(
            new Department("市场监督管理局", "市监", "市场监管", 1.2),
            new Department("住房和城乡建设局", "建", "住房保障", 1.3),
            new Department("自然资源和规划局", "自然资规", "自然资源", 1.1),
            new Department("生态环境局", "环", "生态环境", 1.0),
            new Department("教育局", "教", "教育", 1.0),
            new Department("财政局", "财", "财政", 1.1),
            new Department("人力资源和社会保障局", "人社", "社会保障", 1.2),
            new Department("交通运输局", "交", "交通运输", 0.9),
            new Department("卫生健康委员会", "卫", "卫生健康", 1.0),
            new Department("民政局", "民", "民政", 0.9),
            new Department("公安局", "公", "社会治安", 0.7),
            new Department("农业农村局", "农", "农业农村", 1.0),
            new Department("文化广电和旅游局", "文广旅", "文化旅游", 0.7),
            new Department("应急管理局", "应急", "安全生产", 0.9),
            new Department("司法局", "司", "法治建设", 0.6),
            new Department("城市管理局", "城管", "城市管理", 0.9),
            new Department("发展和改革委员会", "发改", "营商环境", 0.8),
            new Department("商务局", "商务", "营商环境", 0.6));

    /** Departments that typically issue together (联合发文), by index into {@link #DEPARTMENTS}; lead first. */
    static final List<List<Integer>> JOINT_GROUPS = List.of(
            List.of(6, 5), // 人社 + 财政: 就业补贴, 社保资金
            List.of(1, 2, 15), // 住建 + 自然资源和规划 + 城管
            List.of(0, 10, 17), // 市场监管 + 公安 + 商务
            List.of(4, 10), // 教育 + 公安: 校园安全, 校车
            List.of(8, 9), // 卫健 + 民政: 医养结合
            List.of(7, 10), // 交通 + 公安
            List.of(3, 15), // 生态环境 + 城管: 扬尘
            List.of(13, 10, 0), // 应急 + 公安 + 市场监管: 烟花爆竹, 危化品
            List.of(11, 5)); // 农业农村 + 财政: 补贴

    /** A subject area (领域) and the matters documents in it regulate; topics read well before 管理办法. */
    record Area(String name, List<String> topics) {
    }

    static final List<Area> AREAS = List.of(
            new Area("城市管理", List.of("城市户外广告设置", "城市道路挖掘", "城市绿化", "建筑垃圾处置", "市容和环境卫生",
                    "城市停车场", "城市照明设施", "生活垃圾分类", "渣土运输车辆", "城市供水", "城市排水与污水处理", "城市桥梁",
                    "城市公共厕所", "流动摊点")),
            new Area("市场监管", List.of("食品小作坊", "特种设备安全", "计量器具", "农贸市场", "网络交易", "商品价格",
                    "商标品牌培育", "标准化", "药品零售企业", "电梯安全", "食品安全信用", "市场主体登记", "广告发布")),
            new Area("住房保障", List.of("公共租赁住房", "棚户区改造", "物业服务", "房屋租赁", "老旧小区改造", "经济适用住房",
                    "保障性住房分配", "商品房预售资金", "国有土地上房屋征收与补偿", "建筑市场信用", "住宅专项维修资金",
                    "建设工程质量")),
            new Area("生态环境", List.of("扬尘污染防治", "大气污染防治", "水污染防治", "机动车排气污染防治", "秸秆禁烧",
                    "饮用水水源保护区", "环境违法行为有奖举报", "土壤污染防治", "重污染天气应急", "排污权有偿使用和交易",
                    "危险废物", "噪声污染防治")),
            new Area("教育", List.of("中小学学籍", "民办教育", "学前教育", "校车安全", "义务教育招生入学", "教师资格认定",
                    "校外培训机构", "学生资助", "教育督导", "中小学校园安全", "中小学教师招聘", "普通高中招生")),
            new Area("社会保障", List.of("城乡居民基本养老保险", "失业保险", "工伤保险", "城乡居民基本医疗保险", "就业创业补贴",
                    "农民工工资支付保障", "被征地农民社会保障", "高层次人才引进", "职业技能培训补贴", "公益性岗位",
                    "企业职工基本养老保险", "人力资源市场")),
            new Area("交通运输", List.of("出租汽车客运", "城市公共交通", "道路货物运输", "农村公路养护", "网络预约出租汽车经营服务",
                    "公路超限超载治理", "汽车客运站", "机动车驾驶员培训", "互联网租赁自行车", "水路运输", "机动车维修")),
            new Area("卫生健康", List.of("医疗机构", "院前医疗急救", "家庭医生签约服务", "计划生育家庭奖励扶助", "无偿献血",
                    "医疗废物收集", "职业病防治", "公共场所卫生", "基本公共卫生服务", "医疗纠纷预防与处理", "乡村医生",
                    "传染病防控")),
            new Area("安全生产", List.of("安全生产责任制", "危险化学品安全", "烟花爆竹经营", "非煤矿山安全生产", "有限空间作业安全",
                    "安全生产举报奖励", "生产安全事故应急救援", "消防安全", "建筑施工安全", "城镇燃气安全", "自然灾害救助",
                    "安全生产执法")),
            new Area("农业农村", List.of("农村土地承包经营权流转", "农业产业化龙头企业", "动物防疫", "农药经营", "高标准农田建设",
                    "农村宅基地", "农村人居环境整治", "农机购置补贴", "家庭农场认定", "畜禽养殖污染防治", "农产品质量安全",
                    "农村集体资产")),
            new Area("营商环境", List.of("营商环境投诉处理", "招商引资", "企业投资项目审批", "中小企业发展", "政务服务",
                    "社会信用信息", "民营经济发展", "工程建设项目审批", "政府投资项目", "行政审批中介服务",
                    "外商投资促进", "电子商务发展", "重点项目建设")),
            new Area("自然资源", List.of("国有建设用地使用权出让", "土地储备", "城乡规划", "不动产登记", "矿产资源开发利用",
                    "闲置土地处置", "集体经营性建设用地入市", "耕地占补平衡", "测绘地理信息", "地质灾害防治", "建设用地容积率",
                    "临时用地")),
            new Area("文化旅游", List.of("文物保护", "旅游市场秩序", "A级旅游景区", "公共文化服务体系", "非物质文化遗产保护",
                    "互联网上网服务营业场所", "文化市场综合执法", "全民健身", "广播电视设施保护", "乡村旅游", "公共图书馆",
                    "营业性演出")),
            new Area("民政", List.of("社会组织登记", "养老服务", "殡葬", "地名", "婚姻登记", "困难残疾人生活补贴", "城乡社区建设",
                    "慈善事业", "最低生活保障", "特困人员救助供养", "临时救助", "居家养老服务")),
            new Area("社会治安", List.of("户籍", "居住证", "机动车停放", "养犬", "旅馆业治安", "道路交通安全", "电动自行车",
                    "烟花爆竹燃放", "保安服务", "寄递物流安全", "剧毒化学品购买和公路运输", "校园周边治安")),
            new Area("财政", List.of("政府采购", "财政专项资金", "行政事业单位国有资产", "政府性债务", "财政票据", "预算绩效",
                    "政府购买服务", "公务接待", "会议费", "差旅费", "财政资金支付", "政府和社会资本合作项目")),
            new Area("法治建设", List.of("法律援助", "人民调解", "行政执法公示", "公共法律服务", "基层法律服务", "行政复议",
                    "重大行政决策程序", "行政规范性文件合法性审核", "律师执业", "行政执法全过程记录", "政府法律顾问",
                    "社区矫正")));

    /** 〈place〉〈topic〉 + suffix: the inner title of a 关于印发《…》的通知. */
    static final List<String> INNER_SUFFIXES = List.of("管理办法", "管理办法", "管理办法", "实施办法", "实施细则", "管理规定",
            "管理暂行办法", "暂行办法", "管理办法（试行）", "管理试行办法");

    /** Titles that name the issuer and need no 《》: 〈issuer〉 + prefix + topic + suffix. */
    record DirectForm(String prefix, String suffix, boolean notice) {
    }

    static final List<DirectForm> DIRECT_FORMS = List.of(
            new DirectForm("关于进一步加强", "管理工作的意见", false),
            new DirectForm("关于加强和改进", "管理的实施意见", false),
            new DirectForm("关于", "管理有关事项的通知", false),
            new DirectForm("关于做好", "管理工作的通知", false),
            new DirectForm("关于调整", "有关政策的通知", false),
            new DirectForm("关于加强", "管理的通告", true));

    /** Government rules (政府规章) a city of this size makes, 〈city〉 + topic; the home city uses them in order. */
    static final List<String> RULE_TOPICS = List.of("城市市容和环境卫生管理办法", "城市绿化管理办法", "建筑垃圾管理办法",
            "城市供水管理办法", "物业管理办法", "医疗废物管理办法", "燃气管理办法", "集中供热管理办法",
            "生活垃圾分类管理办法", "电动自行车管理办法");

    /** Subject areas of {@link #RULE_TOPICS}, same order. */
    static final List<String> RULE_AREAS = List.of("城市管理", "城市管理", "城市管理", "城市管理", "住房保障", "卫生健康",
            "城市管理", "城市管理", "城市管理", "社会治安");

    /** Rules per year from 2016 (a districted city gained rule-making power in 2015–2016). */
    static final int[][] RULES_PER_YEAR = {{2016, 1}, {2017, 2}, {2018, 2}, {2019, 3}, {2020, 2}};

    static final List<String> RECEIVED_NOTES = List.of("收到备案报告、正式文本、起草说明和合法性审核意见",
            "收到报备材料（纸质文本及电子文本）", "收到报备材料", "收到备案报告及正式文本、制定依据");
    static final List<String> RESUBMITTED_NOTES = List.of("补正材料后重新报送", "已补齐起草说明，重新报送",
            "补充合法性审核意见后重新报送");
    static final List<String> RETURNED_NOTES = List.of("缺少起草说明，请于15日内补正", "未附合法性审核意见，退回补正",
            "备案报告未加盖公章，退回补正", "涉及市场主体，未附公平竞争审查表，请补充后报送", "电子文本与正式文本不一致，退回补正");
    static final List<String> REJECTED_NOTES = List.of("属于内部工作制度，不属于行政规范性文件，不予备案",
            "系会议纪要，不属于备案审查范围，不予备案", "属于人事任免事项，不予备案");
    static final List<String> REVIEW_NOTES = List.of("转承办人审查", "分配审查员办理");
    static final List<String> CONCLUDED_NOTES = List.of("审查未发现问题，准予备案", "审查未发现问题，准予备案",
            "审查未发现问题，准予备案", "提出完善建议，准予备案", "经制定机关说明后准予备案");
    static final List<String> CLOSED_NOTES = List.of("办结归档", "材料归档");
}
