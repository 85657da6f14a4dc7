-- Organisation node types and categories are data: new ones are added by migration or by an admin,
-- never by code. Labels follow DOMAIN.md section 18.1.
INSERT INTO org_type (code, label_vi, label_en, holds_meetings_default, sort_order) VALUES
 ('DANG_BO_TRUC_THUOC_TW', 'Đảng bộ trực thuộc Trung ương', 'Party committee under the Central Committee', FALSE, 10),
 ('DANG_BO_TINH', 'Đảng bộ tỉnh/thành phố', 'Provincial party committee', FALSE, 20),
 ('DANG_BO_CAP_TREN_CO_SO', 'Đảng bộ cấp trên cơ sở', 'Party committee above grassroots level', FALSE, 30),
 ('DANG_BO_XA', 'Đảng bộ xã/phường/đặc khu', 'Commune/ward party committee', FALSE, 40),
 ('DANG_BO_CO_SO', 'Đảng bộ cơ sở', 'Grassroots party committee', FALSE, 50),
 ('CHI_BO_CO_SO', 'Chi bộ cơ sở', 'Grassroots party cell', TRUE, 60),
 ('DANG_BO_BO_PHAN', 'Đảng bộ bộ phận', 'Sub-committee within a grassroots committee', FALSE, 70),
 ('CHI_BO_TRUC_THUOC', 'Chi bộ trực thuộc', 'Subordinate party cell', TRUE, 80),
 ('TO_DANG', 'Tổ đảng', 'Party group', FALSE, 90);

INSERT INTO org_category (code, label_vi, label_en, sort_order) VALUES
 ('XA', 'Xã', 'Commune', 10),
 ('PHUONG', 'Phường', 'Ward', 20),
 ('DAC_KHU', 'Đặc khu', 'Special zone', 30),
 ('THON_BAN_TDP', 'Thôn, bản, tổ dân phố', 'Village, hamlet, residential group', 40),
 ('CO_QUAN', 'Cơ quan hành chính', 'State agency', 50),
 ('DON_VI_SU_NGHIEP', 'Đơn vị sự nghiệp', 'Public service unit', 60),
 ('DOANH_NGHIEP_NN', 'Doanh nghiệp nhà nước', 'State-owned enterprise', 70),
 ('DOANH_NGHIEP_KHAC', 'Doanh nghiệp ngoài nhà nước', 'Private enterprise', 80),
 ('LUC_LUONG_VU_TRANG', 'Lực lượng vũ trang', 'Armed forces', 90),
 ('TRUONG_HOC', 'Trường học', 'School', 100),
 ('TONG_HOP', 'Tổng hợp (cấp tỉnh, cấp xã)', 'Territorial (province, commune)', 110),
 ('KHAC', 'Khác', 'Other', 120);
