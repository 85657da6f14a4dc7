-- The duration bands of the automatic scorer (full length, short by at most 15 minutes, by 15-30, at least half)
-- were constants in code (AutoScorer); they become thresholds on the levels of the templates' DURATION criteria
-- (maxShortMinutes, min = percent of the minimum duration). The shipped templates and their copies carry exactly
-- the seed's levels (V5); the same scores come out.
update scoring_criterion
   set levels = '[{"label": "Đủ thời lượng", "points": 5, "maxShortMinutes": 0}, {"label": "Thiếu không quá 15 phút", "points": 4, "maxShortMinutes": 15}, {"label": "Thiếu 15 đến 30 phút", "points": 3, "maxShortMinutes": 30}, {"label": "Khoảng một nửa thời lượng", "points": 2, "min": 50}, {"label": "Dưới một nửa thời lượng", "points": 1}]'
 where auto_source = 'DURATION'
   and levels = '[{"label": "Đủ thời lượng", "points": 5}, {"label": "Thiếu không quá 15 phút", "points": 4}, {"label": "Thiếu 15 đến 30 phút", "points": 3}, {"label": "Khoảng một nửa thời lượng", "points": 2}, {"label": "Dưới một nửa thời lượng", "points": 1}]';
