/**
 * The passwords people pick first: the top of the public leak lists, keyboard walks on the English
 * and the Russian layouts (qwerty = йцукен), Russian words typed on the wrong layout ("gfhjkm" is
 * «пароль») and the other way round ("зфыыцщкв" is "password"), and words of this platform.
 * Compared case-insensitively. Entries shorter than 8 characters are already refused by length;
 * they stay in the list so that it reads as what it is.
 *
 * A module rather than a .txt file so that the browser checks a new password against the same
 * list as the server (it is a few kilobytes). Add entries separated by whitespace.
 */
const LIST = `
123456 12345 1234 123 1234567 12345678 123456789 1234567890 0123456789 12345678910
87654321 987654321 9876543210 654321 7654321 123123 123123123 123321 123321123 1234512345
123454321 12341234 11223344 112233 112233445566 121212 12121212 123654 1236987 12344321
111111 1111111 11111111 111111111 1111111111 000000 0000000 00000000 000000000 0000000000
222222 22222222 333333 33333333 444444 44444444 555555 55555555 666666 66666666
777777 7777777 77777777 888888 88888888 999999 99999999 696969 159753 159357
147258369 159753123 741852963 963852741 789456123 456123789 147852369 12345679 123456780 1234554321
01012000 01011990 01011980 01011985 01011991 12121990 11111990 20002000 19901990 19871987
qwerty qwerty1 qwerty12 qwerty123 qwerty1234 qwerty12345 qwerty123456 qwertyu qwertyui qwertyuiop
qwerty7 qwerty01 qwerty00 qwerty2020 qwerty2021 qwerty2022 qwerty2023 qwerty2024 qwerty2025 qwerty2026
qwert12345 12345qwert 12345qwerty 123456qwerty qwertyasdf qwertyasdfgh qwerasdf 1234qwer 1234qwerasdf qwer1234
q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 q1w2e3 1q2w3e 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1q2w3e4r5t6y7u 1qaz2wsx
1qaz2wsx3edc zaq12wsx zaq1zaq1 zaq1xsw2 zaqxswcde 12qwaszx 1qa2ws3ed qazwsx qazwsxedc qazwsx123
qwe123 qwe123qwe qwe123456 qweqweqwe qweasd qweasdzxc 123qwe 123qweasd 123qweasdzxc q1q1q1q1
asdf1234 asdfasdf asdfgh asdfghjk asdfghjkl zxcv1234 zxcvbn zxcvbnm zxcvbnm1 zxcvbnm123
q1234567 q12345678 q123456789 a1234567 a12345678 a123456789 aa123456 123456aa 123456qq 1234567a
1234567q 123456789a 123456789q 1q1q1q1q 1111aaaa aaaaaa aaaaaaaa aaaaaaa1 qqqqqqqq zzzzzzzz
abc123 abc12345 abcd1234 abcdefg abcdefgh abcdef123 abcabc123 abc123abc 1234abcd a1b2c3d4
password password1 password12 password123 password1234 password12345 password2023 password2024 password2025 password!
passw0rd p@ssw0rd p@ssword pa$$word pass1234 pass12345 passpass passwort mypassword newpassword
iloveyou iloveyou1 iloveyou2 loveyou1 lovely12 sunshine princess football baseball basketball
superman spiderman batman batman123 starwars whatever trustno1 letmein letmein1 letmein123
welcome welcome1 welcome123 michael michael1 jennifer jordan23 computer internet samsung
samsung1 nokia123 master master12 mustang mustang1 shadow shadow12 dragon dragon12 monkey
monkey12 charlie1 liverpool chelsea1 arsenal1 barcelona realmadrid manchester pokemon1 minecraft
fortnite secret12 changeme changeme1 admin admin123 admin1234 administrator root1234 test1234
testtest test12345 guest123 user1234 default1 service1 hello123 helloworld goodluck freedom1
unknown1 football1 princess1 sunshine1 blahblah whatever1 killer12 hunter12 ranger12 thomas12
пароль пароль1 пароль12 пароль123 пароль1234 пароль12345 парольпароль мойпароль новыйпароль пароль2024
йцукен йцукенг йцукенгш йцукенгшщ йцукенгшщз йцукенгшщзхъ йцукен123 йцукен1234 йцукенгш12 1й2ц3у4к
1й2ц3у4к5е 1й2ц3у4к5е6н й1ц2у3к4 йфяцычувс фывапр фывапрол фывапролд фывапролдж фывапролджэ фыва1234
ячсмить ячсмитьбю ячсмит123 йййййййй фффффффф 12345йцукен йцукен12345 qwertyйцукен ёйцукен ёйцукенг
любовь любовь1 любовь123 люблютебя люблютебя1 яцелую наташа наташа123 солнышко солнышко1
котенок котёнок зайка зайка123 зайчик малышка красотка надежда светлана екатерина
привет привет1 привет123 приветик россия россия1 россия123 москва москва1 москва123
наставник наставник1 наставник123 наставничество учитель учитель1 учитель123 школа школа123 директор
директор1 завуч123 ученик123 кукушка спартак зенит динамо цска1948 барсик мурзик
gfhjkm gfhjkm1 gfhjkm12 gfhjkm123 gfhjkm1234 ghbdtn ghbdtn1 ghbdtn123 k.,jdm k.,k.nt,z
cjkysirj yfnfif vjcrdf hjccbz eibnjhbq ntcn1234 rjirf rjntyjr pfqxbr vfksirf
зфыыцщкв зфыыцщкв1 зфыыцщкв123 зфыы1234 йцукенгшщзхъфывапролджэ ьфыеук123 фвьшт123 фвьшт1234
parol parol1 parol123 parol1234 privet privet1 privet123 lyubov lubov lubov123
solnce solnyshko kotenok zaychik zaika123 malyshka krasotka nadezhda moskva moskva123
rossiya rossia russia russia123 spartak spartak1 zenit zenit2011 dinamo cska1948
marina natasha svetlana tatyana kristina anastasia ekaterina natalia aleksandr alexander
vladimir dmitriy sergey12 andrey12 nikita12 maksim12 sasha123 masha123 dasha123 lena1234
olga1234 elena123 ivan1234 pavel123 denis123 roman123 oleg1234 igor1234 artem123 anton123
school school1 school123 shkola shkola123 uchitel uchitel123 direktor teacher teacher1
teacher123 student student1 student123 nastavnik nastavnik1 nastavnik123 nastavnik2025 nastavnik2026 mentor
mentor123 mentoring mentorship
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  LIST.split(/\s+/)
    .filter(Boolean)
    .map((password) => password.toLowerCase()),
);
