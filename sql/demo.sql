-- Demo data for the local stack and the tests: the city industry unions
-- and the unions of the same level, and base unions of real Changchun
-- employers under the districts, development zones and industry unions.
-- (The city and district federations come from migration 001.)

CREATE TEMPORARY TABLE demo_unit (
  code   VARCHAR(20) NOT NULL,
  kind   VARCHAR(10) NOT NULL,
  parent VARCHAR(20) NOT NULL,
  name   VARCHAR(100) NOT NULL,
  lvl    TINYINT NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_unit (code, kind, parent, name, lvl) VALUES
  ('22019001', 'industry', '220100', '长春市教育工会', 1),
  ('22019002', 'industry', '220100', '长春市卫生工会', 1),
  ('22019003', 'industry', '220100', '长春市建设工会', 1),
  ('22019004', 'industry', '220100', '长春市交通运输工会', 1),
  ('22019005', 'industry', '220100', '长春市机械冶金工会', 1),
  ('22019006', 'industry', '220100', '长春市金融工会', 1),
  ('22019101', 'industry', '220100', '长春市直属机关工会', 1),
  ('22019102', 'industry', '220100', '长春市公安局工会', 1),
  ('22010201', 'base', '220102', '吉林亚泰（集团）股份有限公司工会', 2),
  ('22010202', 'base', '220102', '长春燃气股份有限公司工会', 2),
  ('22010301', 'base', '220103', '长影集团有限责任公司工会', 2),
  ('22010401', 'base', '220104', '长春欧亚集团股份有限公司工会', 2),
  ('22010501', 'base', '220105', '长春市热力（集团）有限责任公司工会', 2),
  ('22010601', 'base', '220106', '中车长春轨道客车股份有限公司工会', 2),
  ('22017101', 'base', '220171', '长春一东离合器股份有限公司工会', 2),
  ('22017301', 'base', '220173', '长春长光辰芯微电子股份有限公司工会', 2),
  ('22017302', 'base', '220173', '长春希达电子技术有限公司工会', 2),
  ('22017401', 'base', '220174', '一汽解放汽车有限公司工会', 2),
  ('22017402', 'base', '220174', '长春一汽富维汽车零部件股份有限公司工会', 2),
  ('2201900101', 'base', '22019001', '长春市第二实验中学工会', 2),
  ('2201900201', 'base', '22019002', '长春市中心医院工会', 2),
  ('2201900301', 'base', '22019003', '长春市政建设（集团）有限公司工会', 2),
  ('2201900401', 'base', '22019004', '长春市公共交通（集团）有限责任公司工会', 2),
  ('2201900601', 'base', '22019006', '长春农村商业银行股份有限公司工会', 2),
  ('2201910101', 'base', '22019101', '长春市人力资源和社会保障局机关工会', 2),
  ('2201910201', 'base', '22019102', '长春市公安局交通警察支队工会', 2);

INSERT INTO unit (code, kind, parent_id, name, path, depth)
  SELECT d.code, d.kind, p.id, d.name, CONCAT(p.path, d.code, '/'), p.depth + 1
  FROM demo_unit d JOIN unit p ON p.code = d.parent
  WHERE d.lvl = 1 ORDER BY d.code;
INSERT INTO unit (code, kind, parent_id, name, path, depth)
  SELECT d.code, d.kind, p.id, d.name, CONCAT(p.path, d.code, '/'), p.depth + 1
  FROM demo_unit d JOIN unit p ON p.code = d.parent
  WHERE d.lvl = 2 ORDER BY d.code;

DROP TEMPORARY TABLE demo_unit;
